/** Beside any item: how many coach comments are open on it, and for facilitators a small form to add one. */
import { useId, useState, type FormEvent } from 'react'
import { useAnnounce } from '../../facilitation/announcer'
import type { CommentTarget } from '../../../../shared/domain/monitoring/comments'
import { useWorkspace } from '../../workspace/context'
import { monitoringApi } from './api'
import { useMonitoringContext } from './context'

export function CommentButton({ target }: { target: CommentTarget }) {
  const { workspace, token, me } = useWorkspace()
  const { comments } = useMonitoringContext()
  const [open, setOpen] = useState(false)
  const setStatus = useAnnounce()
  const id = useId()
  const count = comments.filter((c) => !c.resolved && c.target.kind === target.kind && c.target.id === target.id).length
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const form = e.currentTarget
    const text = String(new FormData(form).get('text') ?? '')
    const done = await monitoringApi.comment(workspace.id, target, text, token)
    setStatus(done.ok ? 'Comment added.' : done.error.message)
    if (done.ok) {
      form.reset()
      setOpen(false)
    }
  }
  return (
    <div className="comment-button">
      {count > 0 && <span className="badge">{count} open comment{count > 1 ? 's' : ''}</span>}
      {me.role === 'facilitator' && (
        open ? (
          <form onSubmit={(e) => void submit(e)}>
            <label htmlFor={id} className="visually-hidden">Coach comment on {target.label}</label>
            <input id={id} name="text" required maxLength={4000} autoFocus />
            <button type="submit">Post</button>
            <button type="button" onClick={() => setOpen(false)}>Cancel</button>
          </form>
        ) : (
          <button type="button" onClick={() => setOpen(true)} aria-label={`Comment on ${target.label}`}>Comment</button>
        )
      )}
    </div>
  )
}
