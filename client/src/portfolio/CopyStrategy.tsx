/** Copy one library strategy into another school's plan draft: pick the school, then a priority (or a new one). */
import { useState, type FormEvent } from 'react'
import type { PortfolioEntry } from '../../../shared/api/orgs'
import type { LibraryStrategy } from '../../../shared/domain/portfolio/schema'
import { Field } from '../ui/Field'
import { orgApi } from './api'

export function CopyStrategy(props: { readonly orgId: string; readonly strategy: LibraryStrategy; readonly targets: readonly PortfolioEntry[]; readonly onCopied: () => void }) {
  const others = props.targets.filter((t) => t.workspaceId !== props.strategy.workspaceId)
  const [target, setTarget] = useState('')
  const [priority, setPriority] = useState('')
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<{ ok: boolean; text: string }>()
  const chosen = others.find((t) => t.workspaceId === target)

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (!chosen) return setStatus({ ok: false, text: 'Choose the school whose draft gets the strategy.' })
    setBusy(true)
    const s = props.strategy
    const r = await orgApi.copy(props.orgId, { sourceWorkspaceId: s.workspaceId, version: s.version, strategyId: s.strategyId, targetWorkspaceId: chosen.workspaceId, ...(priority && { priorityId: priority }) })
    setBusy(false)
    if (!r.ok) return setStatus({ ok: false, text: r.error.message })
    setStatus({ ok: true, text: `Copied into ${chosen.school}’s draft (“${chosen.title}”), with a link to ${s.school}’s plan.` })
    props.onCopied()
  }

  if (others.length === 0) return <p className="muted small">No other school in this organisation to copy it to.</p>
  return (
    <form className="copy-form" onSubmit={submit} noValidate>
      <Field label="Copy into the draft of">
        {(id, d) => (
          <select id={id} aria-describedby={d} value={target} onChange={(e) => (setTarget(e.target.value), setPriority(''), setStatus(undefined))}>
            <option value="">Choose a school…</option>
            {others.map((t) => (
              <option key={t.workspaceId} value={t.workspaceId}>
                {t.school} — {t.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      {chosen && (
        <Field label="Under the priority">
          {(id, d) => (
            <select id={id} aria-describedby={d} value={priority} onChange={(e) => setPriority(e.target.value)}>
              <option value="">A new priority: “{props.strategy.priority}”</option>
              {chosen.priorities.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title || '(untitled priority)'}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Copying…' : 'Copy strategy'}
      </button>
      {status && (
        <p className={status.ok ? 'ok-note' : 'error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      )}
    </form>
  )
}
