/** Supports: Tool A's table across all priorities (read-only here; each priority edits its own). */
import { usePlan } from '../plan-context'

export function SupportsSummary() {
  const { live } = usePlan()
  const s = live.sections.supports
  return (
    <section className="plan-section" aria-labelledby="plan-supports">
      <h2 id="plan-supports">{s.heading}</h2>
      <p className="hint">{s.intro}</p>
      {s.rows.length === 0 ? (
        <p className="empty">No supports yet. Add them under each priority area above; they are collected here.</p>
      ) : (
        <table className="plan-table">
          <thead>
            <tr>
              <th scope="col">Priority</th>
              <th scope="col">Needed</th>
              <th scope="col">Provided</th>
              <th scope="col">Provider / source</th>
              <th scope="col">How used</th>
              <th scope="col">How effective</th>
            </tr>
          </thead>
          <tbody>
            {s.rows.map((r) => (
              <tr key={r.id}>
                <td>{r.priority}</td>
                <td>{r.needed}</td>
                <td>{r.provided}</td>
                <td>{r.provider}</td>
                <td>{r.howUsed}</td>
                <td>{r.effectiveness}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
