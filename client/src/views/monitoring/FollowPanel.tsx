/**
 * Which plan the year is monitored against. Decision: a snapshot version (the one the board
 * signed), never the live draft — so the plan cannot change under the team's feet. A facilitator
 * picks it; a later revision is followed the same way and keeps every row's history.
 */
import { useEffect, useState, type FormEvent } from 'react'
import { useStatusLine } from '../../facilitation/use-status-line'
import type { SnapshotMeta } from '../../../../shared/plan/snapshot-api'
import { useWorkspace } from '../../workspace/context'
import { monitoringApi } from './api'
import { useMonitoringContext } from './context'

export function FollowPanel() {
  const { workspace, token, me } = useWorkspace()
  const { read } = useMonitoringContext()
  const [versions, setVersions] = useState<readonly SnapshotMeta[]>([])
  const [status, setStatus] = useStatusLine()
  const [editing, setEditing] = useState(false)
  const facilitator = me.role === 'facilitator'
  useEffect(() => {
    if (!facilitator) return
    let live = true
    void monitoringApi.snapshots(workspace.id, token).then((r) => live && r.ok && setVersions(r.value.snapshots))
    return () => {
      live = false
    }
  }, [facilitator, workspace.id, token, read.skeleton?.version])

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const f = new FormData(e.currentTarget)
    const body = { version: Number(f.get('version')), yearStart: String(f.get('yearStart')), yearLabel: String(f.get('yearLabel')), planYear: Number(f.get('planYear')) as 1 | 2 | 3 }
    setStatus('Following…')
    const done = await monitoringApi.follow(workspace.id, body, token)
    setStatus(done.ok ? `Now monitoring plan version ${done.value.version}.` : done.error.message)
    if (done.ok) setEditing(false)
  }

  const sk = read.skeleton
  return (
    <section aria-label="Monitored plan" className="follow">
      {sk ? (
        <p>
          Monitoring <strong>{sk.title}</strong>, plan version {sk.version} (a frozen snapshot: edits to the live draft do not change it). Plan year {read.planYear}.{' '}
          {facilitator && !editing && <button type="button" onClick={() => setEditing(true)}>Follow another version</button>}
        </p>
      ) : (
        <p className="hint">{facilitator ? 'Pick the plan version the board signed to start monitoring.' : 'The facilitator has not picked the plan version to monitor yet.'}</p>
      )}
      {facilitator && (!sk || editing) && (
        versions.length === 0 ? <p className="hint">Take a snapshot of the plan first (Plan board → Versions).</p> : (
          <form onSubmit={(e) => void submit(e)} className="follow-form">
            <label>Plan version
              <select name="version" defaultValue={sk?.version ?? versions.at(-1)?.version}>
                {versions.map((v) => <option key={v.version} value={v.version}>Version {v.version}: {v.summary}</option>)}
              </select>
            </label>
            <label>First month of the school year <input name="yearStart" type="month" required defaultValue={read.skeleton ? read.yearStart : '2026-08'} /></label>
            <label>School year <input name="yearLabel" required defaultValue={read.yearLabel || '2026-27'} /></label>
            <label>Plan year
              <select name="planYear" defaultValue={read.planYear}>
                <option value={1}>Year 1</option><option value={2}>Year 2</option><option value={3}>Year 3</option>
              </select>
            </label>
            <button type="submit" className="primary">Monitor this version</button>
          </form>
        )
      )}
      <p className="status">{status}</p>
    </section>
  )
}
