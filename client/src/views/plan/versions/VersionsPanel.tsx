/**
 * Versions: take a snapshot (facilitators), list versions, open one read-only, compare two. Every
 * member, observers included, can read, compare and download.
 */
import { useCallback, useEffect, useState } from 'react'
import { useStatusLine } from '../../../facilitation/use-status-line'
import type { SnapshotDetail, SnapshotDiff, SnapshotMeta } from '../../../../../shared/plan/snapshot-api'
import { useWorkspace } from '../../../workspace/context'
import { snapshotsApi } from './api'
import { DiffView } from './DiffView'
import { SnapshotForm } from './SnapshotForm'
import { SnapshotReader } from './SnapshotReader'
import { VersionList } from './VersionList'

type Shown = { kind: 'none' } | { kind: 'version'; snapshot: SnapshotDetail } | { kind: 'diff'; diff: SnapshotDiff }

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus())

export function VersionsPanel() {
  const { workspace, token, me } = useWorkspace()
  const [versions, setVersions] = useState<readonly SnapshotMeta[] | null>(null)
  const [shown, setShown] = useState<Shown>({ kind: 'none' })
  const [status, setStatus] = useStatusLine()

  const refresh = useCallback(async () => {
    const list = await snapshotsApi.list(workspace.id, token)
    if (list.ok) setVersions(list.value.snapshots)
    else setStatus(`Could not load the versions: ${list.error.message}`)
  }, [workspace.id, token, setStatus])
  useEffect(() => void refresh(), [refresh])

  const open = async (version: number) => {
    setStatus(`Opening version ${version}…`)
    const one = await snapshotsApi.one(workspace.id, version, token)
    if (!one.ok) return setStatus(`Could not open version ${version}: ${one.error.message}`)
    setStatus(`Version ${version} opened below.`)
    setShown({ kind: 'version', snapshot: one.value })
    focusSoon('snapshot-reader')
  }
  const compare = async (a: number, b: number) => {
    setStatus(`Comparing version ${a} with version ${b}…`)
    const diff = await snapshotsApi.diff(workspace.id, a, b, token)
    if (!diff.ok) return setStatus(`Could not compare: ${diff.error.message}`)
    setStatus(`${diff.value.changes.length} change${diff.value.changes.length === 1 ? '' : 's'} between version ${a} and version ${b}.`)
    setShown({ kind: 'diff', diff: diff.value })
    focusSoon('diff-view')
  }
  const taken = (s: SnapshotDetail) => {
    void refresh()
    setShown({ kind: 'version', snapshot: s })
  }

  return (
    <div className="versions">
      <div className="versions-controls no-print">
        {me.role === 'facilitator' && <SnapshotForm first={(versions?.length ?? 0) === 0} onTaken={taken} />}
        <div className="row">
          <h3>Versions</h3>
          <button type="button" onClick={() => void refresh()}>
            Refresh list
          </button>
        </div>
        {versions === null ? (
          <p aria-busy="true">Loading versions…</p>
        ) : versions.length === 0 ? (
          <p className="empty">
            No versions yet. When the draft is ready to share, a facilitator takes a snapshot: the server freezes the plan and the session’s results into version 1,
            which everyone can open, compare with later versions, download as Word, PDF or Markdown, and print.
          </p>
        ) : (
          <VersionList key={versions.length} versions={versions} openVersion={shown.kind === 'version' ? shown.snapshot.version : null} onOpen={(v) => void open(v)} onCompare={(a, b) => void compare(a, b)} />
        )}
        <p className="status">
          {status}
        </p>
      </div>
      {shown.kind === 'version' && <SnapshotReader snapshot={shown.snapshot} onClose={() => setShown({ kind: 'none' })} onMarked={taken} />}
      {shown.kind === 'diff' && <DiffView diff={shown.diff} onClose={() => setShown({ kind: 'none' })} />}
    </div>
  )
}
