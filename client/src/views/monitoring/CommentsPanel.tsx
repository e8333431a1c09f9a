/**
 * Coach comments: open threads first, then resolved ones. Facilitators start threads (beside any
 * row, or here on any plan item); facilitators and participants reply, resolve and reopen;
 * observers read. The server checks every one of these, not this view.
 */
import type { FormEvent } from 'react'
import { useStatusLine } from '../../facilitation/use-status-line'
import type { CommentTarget, CommentThread } from '../../../../shared/domain/monitoring/comments'
import { allActions, allMilestones, allStrategies } from '../../../../shared/domain/monitoring/skeleton'
import { useWorkspace } from '../../workspace/context'
import { monitoringApi } from './api'
import { useMonitoringContext } from './context'

function Thread({ t }: { t: CommentThread }) {
  const { workspace, token, me } = useWorkspace()
  const [status, setStatus] = useStatusLine()
  const canAct = me.role !== 'observer'
  const reply = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const form = e.currentTarget
    const done = await monitoringApi.reply(workspace.id, t.id, String(new FormData(form).get('text') ?? ''), token)
    setStatus(done.ok ? 'Reply posted.' : done.error.message)
    if (done.ok) form.reset()
  }
  const toggle = async () => {
    const done = await monitoringApi.resolve(workspace.id, t.id, !t.resolved, token)
    setStatus(done.ok ? (done.value.resolved ? 'Resolved.' : 'Reopened.') : done.error.message)
  }
  return (
    <article className={`thread${t.resolved ? ' resolved' : ''}`} aria-label={`Comment on ${t.target.label}`} data-thread={t.id}>
      <p className="thread-target">{t.target.label} · <strong>{t.resolved ? `Resolved by ${t.resolvedBy}` : 'Open'}</strong></p>
      <p><strong>{t.authorName}</strong>: {t.text}</p>
      {t.replies.length > 0 && <ul className="replies">{t.replies.map((r) => <li key={r.id}><strong>{r.authorName}</strong>: {r.text}</li>)}</ul>}
      {canAct && (
        <div className="thread-actions">
          <form onSubmit={(e) => void reply(e)}>
            <label>Reply <input name="text" required maxLength={4000} /></label>
            <button type="submit">Post reply</button>
          </form>
          <button type="button" onClick={() => void toggle()}>{t.resolved ? 'Reopen' : 'Resolve'}</button>
        </div>
      )}
      <p className="status">{status}</p>
    </article>
  )
}

export function CommentsPanel() {
  const { workspace, token, me } = useWorkspace()
  const { read, comments } = useMonitoringContext()
  const sk = read.skeleton!
  const targets: CommentTarget[] = [
    ...sk.priorities.map((p) => ({ kind: 'priority' as const, id: p.id, label: `Priority ${p.number} ${p.title}` })),
    ...allStrategies(sk).map((s) => ({ kind: 'strategy' as const, id: s.id, label: `Strategy ${s.number}` })),
    ...allMilestones(sk).map((m) => ({ kind: 'milestone' as const, id: m.id, label: `Milestone ${m.number} ${m.text}` })),
    ...allActions(sk).map((a) => ({ kind: 'action' as const, id: a.id, label: `Action ${a.number} ${a.text}` })),
  ]
  const [status, setStatus] = useStatusLine()
  const post = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const form = e.currentTarget
    const f = new FormData(form)
    const target = targets[Number(f.get('target'))]
    if (!target) return
    const done = await monitoringApi.comment(workspace.id, target, String(f.get('text') ?? ''), token)
    setStatus(done.ok ? 'Comment posted.' : done.error.message)
    if (done.ok) form.reset()
  }
  const open = comments.filter((c) => !c.resolved)
  const resolved = comments.filter((c) => c.resolved)
  return (
    <section aria-labelledby="comments-heading">
      <h3 id="comments-heading">Coach comments: {open.length} open</h3>
      {me.role === 'facilitator' && (
        <form onSubmit={(e) => void post(e)} className="toolbar">
          <label>On <select name="target">{targets.map((t, i) => <option key={`${t.kind}:${t.id}`} value={i}>{t.label}</option>)}</select></label>
          <label>Comment <input name="text" required maxLength={4000} /></label>
          <button type="submit">Post comment</button>
        </form>
      )}
      <p className="status">{status}</p>
      <h4>Open</h4>
      {open.length === 0 ? <p className="hint">No open comments.</p> : open.map((t) => <Thread key={t.id} t={t} />)}
      {resolved.length > 0 && (
        <>
          <h4>Resolved</h4>
          {resolved.map((t) => <Thread key={t.id} t={t} />)}
        </>
      )}
    </section>
  )
}
