/** One version, read-only: who took it, when and why, whether it is final, its downloads, and the plan as it was frozen. */
import type { SnapshotDetail } from '../../../../../shared/plan/snapshot-api'
import { BlocksView } from './BlocksView'
import { Downloads } from './Downloads'
import { FinalMark } from './FinalMark'

export function SnapshotReader({ snapshot, onClose, onMarked }: { snapshot: SnapshotDetail; onClose: () => void; onMarked: (s: SnapshotDetail) => void }) {
  return (
    <article className="snapshot-reader plan-print" aria-labelledby="snapshot-h" tabIndex={-1} id="snapshot-reader">
      <div className="snapshot-head no-print">
        <h2 id="snapshot-h">
          Version {snapshot.version} <span className="badge">read-only</span>
        </h2>
        <button type="button" onClick={onClose}>
          Close version
        </button>
      </div>
      <p className="muted no-print">
        Taken {new Date(snapshot.createdAt).toLocaleString()} by {snapshot.authorName || 'a former member'} — “{snapshot.summary}”
      </p>
      <FinalMark snapshot={snapshot} onMarked={onMarked} />
      <Downloads version={snapshot.version} title={snapshot.plan.title} paper={snapshot.plan.settings.paper} />
      <div className="snapshot-body">
        <BlocksView plan={snapshot.plan} />
      </div>
    </article>
  )
}
