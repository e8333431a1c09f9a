/**
 * Whether this version is the final one (the one the board signs), and for a facilitator the way to
 * mark it: once marked, its exports carry no draft marks. The server allows only facilitators and
 * never removes a mark, so the button asks once more before it sends.
 */
import { useState } from 'react'
import { useStatusLine } from '../../../facilitation/use-status-line'
import type { SnapshotDetail } from '../../../../../shared/plan/snapshot-api'
import { useWorkspace } from '../../../workspace/context'
import { snapshotsApi } from './api'

export function FinalMark({ snapshot, onMarked }: { snapshot: SnapshotDetail; onMarked: (s: SnapshotDetail) => void }) {
  const { workspace, token, me } = useWorkspace()
  const [asking, setAsking] = useState(false)
  const [status, setStatus] = useStatusLine()
  if (snapshot.final) {
    return (
      <p className="final-mark">
        <span className="badge">Final</span> Marked final by {snapshot.final.markedByName || 'a former member'} on {new Date(snapshot.final.markedAt).toLocaleDateString()}: its
        documents carry no draft marks.
      </p>
    )
  }
  if (me.role !== 'facilitator') return <p className="final-mark">Draft: its documents say “Draft — not yet approved” until a facilitator marks it final.</p>
  const mark = async () => {
    setStatus('Marking…')
    const done = await snapshotsApi.markFinal(workspace.id, snapshot.version, token)
    setAsking(false)
    if (!done.ok) return setStatus(`Could not mark it final: ${done.error.message}`)
    setStatus(`Version ${snapshot.version} is marked final.`)
    onMarked(done.value)
  }
  return (
    <div className="final-mark row">
      {asking ? (
        <>
          <span>Mark version {snapshot.version} as the final plan the board signs? This cannot be undone.</span>
          <button type="button" onClick={() => void mark()}>
            Yes, mark final
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          Mark as final…
        </button>
      )}
      <span>
        {status}
      </span>
    </div>
  )
}
