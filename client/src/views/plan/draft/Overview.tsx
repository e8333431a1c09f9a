/** Priority Overview: Tool A's at-a-glance grid, derived from the priorities below (read-only). */
import { usePlan } from '../plan-context'

export function Overview() {
  const { live } = usePlan()
  const { heading, rows } = live.sections.overview
  return (
    <section className="plan-section" aria-labelledby="plan-overview">
      <h2 id="plan-overview">{heading}</h2>
      <p className="hint">Filled in from Priority Planning below; it renumbers itself when priorities, strategies or milestones move.</p>
      {rows.length === 0 ? (
        <p className="empty">Empty until the first priority area is added in Priority Planning.</p>
      ) : (
        <table className="plan-table">
          <thead>
            <tr>
              <th scope="col">Priority area</th>
              <th scope="col">Strategy</th>
              <th scope="col">Indicator</th>
              <th scope="col">Milestone</th>
              <th scope="col">Timeline</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.priority.number}. {r.priority.title || <span className="empty">untitled</span>}
                </td>
                <td>
                  {r.strategy ? (
                    <>
                      {r.strategy.number} {r.strategy.statement || <span className="empty">theory of action to be completed</span>}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>{r.indicator || '—'}</td>
                <td>{r.milestone ? `${r.milestone.number} ${r.milestone.text}` : '—'}</td>
                <td>{r.timeline || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
