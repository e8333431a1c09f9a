/** What changed between two versions: counts per section, then each change in words (text, not colour). */
import { summarizeDiff } from '../../../../../shared/plan/diff'
import type { SnapshotDiff } from '../../../../../shared/plan/snapshot-api'
import { describeChange, sectionLabel } from './diff-labels'

const KIND = { added: '+ Added', removed: '− Removed', changed: '~ Changed' } as const

export function DiffView({ diff, onClose }: { diff: SnapshotDiff; onClose: () => void }) {
  const summary = summarizeDiff(diff.changes)
  const sections = Object.keys(summary)
  return (
    <section className="diff" aria-labelledby="diff-h" tabIndex={-1} id="diff-view">
      <div className="snapshot-head">
        <h2 id="diff-h">
          Changes from version {diff.from.version} to version {diff.to.version}
        </h2>
        <button type="button" onClick={onClose}>
          Close comparison
        </button>
      </div>
      {diff.changes.length === 0 ? (
        <p className="empty">The two versions are the same (apart from when they were taken).</p>
      ) : (
        <>
          <ul className="diff-summary">
            {sections.map((s) => {
              const c = summary[s] ?? { added: 0, removed: 0, changed: 0 }
              return (
                <li key={s}>
                  <strong>{sectionLabel(s)}:</strong> {c.added} added, {c.changed} changed, {c.removed} removed
                </li>
              )
            })}
          </ul>
          <ol className="diff-changes">
            {diff.changes.map((change, i) => {
              const w = describeChange(change, diff.from.plan, diff.to.plan)
              return (
                <li key={i} className={`change ${change.kind}`}>
                  <span className="change-kind">{KIND[change.kind]}</span> <span className="change-where">{w.where}</span>
                  {w.field && <span className="change-field"> · {w.field}</span>}
                  {change.kind !== 'added' && (
                    <p className="small">
                      <span className="muted">Before: </span>
                      <del>{w.before}</del>
                    </p>
                  )}
                  {change.kind !== 'removed' && (
                    <p className="small">
                      <span className="muted">After: </span>
                      <ins>{w.after}</ins>
                    </p>
                  )}
                </li>
              )
            })}
          </ol>
        </>
      )}
    </section>
  )
}
