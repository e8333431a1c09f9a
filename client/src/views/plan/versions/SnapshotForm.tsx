/**
 * Taking a snapshot (facilitators): a required justification note, then the server freezes the
 * session's results into a new version. The button shows it is busy and the outcome is announced.
 */
import { useId, useState } from 'react'
import type { SnapshotDetail } from '../../../../../shared/plan/snapshot-api'
import { useAnnounce } from '../../../facilitation/announcer'
import { useWorkspace } from '../../../workspace/context'
import { snapshotsApi } from './api'

export function SnapshotForm({ first, onTaken }: { first: boolean; onTaken: (s: SnapshotDetail) => void }) {
  const { workspace, token } = useWorkspace()
  const id = useId()
  const [summary, setSummary] = useState('')
  const [busy, setBusy] = useState(false)
  const [status, show] = useState<{ text: string; error: boolean }>({ text: '', error: false })
  const speak = useAnnounce()
  // shown here (red when it is a problem), spoken by the workspace's one announcer
  const setStatus = (next: { text: string; error: boolean }) => {
    show(next)
    speak(next.text)
  }
  const submit = async () => {
    if (!summary.trim()) {
      setStatus({ text: 'Write an update summary first: say what changed or why this version is taken.', error: true })
      return
    }
    setBusy(true)
    setStatus({ text: 'Taking the snapshot: reading the board and building the plan…', error: false })
    const taken = await snapshotsApi.take(workspace.id, summary, token)
    setBusy(false)
    if (!taken.ok) {
      setStatus({ text: `The snapshot failed: ${taken.error.message}`, error: true })
      return
    }
    setSummary('')
    const q = taken.value.plan.quality.length
    setStatus({ text: `Version ${taken.value.version} saved${q ? ` with ${q} quality finding${q === 1 ? '' : 's'}` : ''}.`, error: false })
    onTaken(taken.value)
  }
  return (
    <form
      className="snapshot-form plan-card"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <h3 id={`${id}-h`}>Take a snapshot</h3>
      <p className="hint" id={`${id}-hint`}>
        {first
          ? 'The server freezes the plan draft and the session’s results (SWOT, root causes, self-reflection, who took part) into version 1. Versions are never changed afterwards.'
          : 'A new version keeps version 1’s Date of Plan; this note becomes its Update Summary. Earlier versions stay as they were.'}
      </p>
      <label htmlFor={`${id}-summary`}>Update summary (why this version)</label>
      <textarea id={`${id}-summary`} rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} aria-describedby={`${id}-hint`} required maxLength={2000} />
      <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
        {busy ? 'Taking snapshot…' : 'Take snapshot'}
      </button>
      <p className={status.error ? 'error' : 'status'}>
        {status.text}
      </p>
    </form>
  )
}
