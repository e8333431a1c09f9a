/**
 * Monthly action status: one row per action of the followed plan, behind schedule first, every
 * control a native input so the board is used from the keyboard (Tab along a row, arrows in a
 * select). "No change this month" confirms every row nobody has touched yet in one step.
 */
import { useStatusLine } from '../../facilitation/use-status-line'
import { noChangeThisMonth } from '../../../../shared/doc/monitoring'
import { monthLabel, yearMonths } from '../../../../shared/domain/monitoring/periods'
import { behindSchedule, boardOrder } from '../../../../shared/domain/monitoring/status'
import { useWorkspace } from '../../workspace/context'
import { useMonitoringContext } from './context'
import { StatusRow } from './StatusRow'

export function StatusBoard() {
  const { me } = useWorkspace()
  const { read, conn, month, setMonth, canWrite } = useMonitoringContext()
  const [status, setStatus] = useStatusLine()
  const rows = boardOrder(read, month)
  const behind = behindSchedule(read, month)
  const untouched = rows.filter((a) => !read.rows[a.id]?.months[month]).length
  const confirm = () => {
    const n = noChangeThisMonth(conn.doc, read, month, me.displayName)
    setStatus(`Marked ${n} action${n === 1 ? '' : 's'} "no change" for ${monthLabel(month)}.`)
  }
  return (
    <section aria-labelledby="status-heading" className="status-board">
      <h3 id="status-heading">Monthly action status</h3>
      <div className="toolbar">
        <label>
          Reporting month{' '}
          <select value={month} onChange={(e) => setMonth(e.target.value)}>
            {yearMonths(read.yearStart).map((m) => <option key={m} value={m}>{monthLabel(m)}</option>)}
          </select>
        </label>
        {canWrite && (
          <button type="button" onClick={confirm} disabled={untouched === 0}>
            No change this month ({untouched} not yet updated)
          </button>
        )}
      </div>
      <section aria-labelledby="behind-heading" className="behind" data-testid="behind-list">
        <h4 id="behind-heading">Behind schedule in {monthLabel(month)}: {behind.length}</h4>
        {behind.length === 0 ? <p className="hint">Nothing is behind schedule.</p> : (
          <ul>
            {behind.map((b) => (
              <li key={b.id}>
                <strong>{b.number}</strong> {b.text}{b.responsible ? ` — ${b.responsible}` : ''}{b.due ? ` (due ${monthLabel(b.due)})` : ''}{b.note ? `: ${b.note}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="table-scroll">
        <table className="status-table">
          <caption className="visually-hidden">Action status for {monthLabel(month)}, behind schedule first</caption>
          <thead>
            <tr><th scope="col">Action</th><th scope="col">Status</th><th scope="col">Completion date</th><th scope="col">Output produced</th><th scope="col">Output link</th><th scope="col">Note</th><th scope="col">Comments</th></tr>
          </thead>
          <tbody>
            {rows.map((a) => <StatusRow key={a.id} action={a} behind={behind.some((b) => b.id === a.id)} />)}
          </tbody>
        </table>
      </div>
      <p className="status">{status}</p>
    </section>
  )
}
