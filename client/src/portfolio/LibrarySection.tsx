/**
 * The strategy library: theories of action from the schools' final plans, by practice code, with
 * the school, plan version, measures and milestones (and, once monitoring exists, how they did).
 */
import type { PortfolioEntry } from '../../../shared/api/orgs'
import type { LibraryStrategy } from '../../../shared/domain/portfolio/schema'
import { CopyStrategy } from './CopyStrategy'

export function LibrarySection(props: { readonly orgId: string; readonly strategies: readonly LibraryStrategy[]; readonly targets: readonly PortfolioEntry[]; readonly onCopied: () => void }) {
  const standIn = props.strategies.some((s) => !s.finalMarked)
  return (
    <section aria-labelledby="library-heading">
      <h2 id="library-heading">Strategy library</h2>
      <p className="muted small">Strategies from the organisation’s final plans. Copying one puts it — with its measures and milestones, not its actions or owners — into another school’s plan draft, with a link back to where it came from.</p>
      {standIn && <p className="note small">Plans are not marked final yet, so each school’s latest snapshot stands in for its final plan.</p>}
      {props.strategies.length === 0 ? (
        <p className="empty">No strategies yet: they appear here once a school snapshots its plan.</p>
      ) : (
        <ul className="library">
          {props.strategies.map((s) => (
            <li key={`${s.workspaceId}/${s.version}/${s.strategyId}`} className="card library-item">
              <p className="library-meta">
                <span className="badge">{s.practiceCode ? `${s.practiceCode} ${s.practiceTitle ?? ''}` : 'No practice code'}</span>{' '}
                <span className="muted small">
                  {s.school} · strategy {s.number} · plan version {s.version}
                  {s.finalMarked ? ' (final)' : ' (latest snapshot)'}
                </span>
              </p>
              <h3 className="library-statement">{s.statement}</h3>
              <p className="small muted">Priority: {s.priority}</p>
              {s.measures.length > 0 && (
                <ul className="small">
                  {s.measures.map((m, i) => (
                    <li key={i}>
                      Measure: {m.indicator || '(no indicator)'}
                      {m.baseline && ` — baseline ${m.baseline}`}
                      {m.targets.filter(Boolean).length > 0 && `, targets ${m.targets.filter(Boolean).join(' → ')}`}
                    </li>
                  ))}
                </ul>
              )}
              {s.milestones.length > 0 && <p className="small">Milestones: {s.milestones.map((m) => `${m.text}${m.timeline ? ` (${m.timeline})` : ''}`).join('; ')}</p>}
              <p className="small">{s.monitoring ?? <span className="muted">How it did: no monitoring data yet.</span>}</p>
              <details>
                <summary>Copy into a school’s draft</summary>
                <CopyStrategy orgId={props.orgId} strategy={s} targets={props.targets} onCopied={props.onCopied} />
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
