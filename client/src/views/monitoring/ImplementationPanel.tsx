/**
 * Tool A's Implementation Data, computed live from the statuses: per strategy the semester table,
 * per milestone the quarter table. The figure rows are computed (pure, shared/); the free-text rows
 * (Cause & Adjustments Made, Resources/Budget Used, Additional Information/Comments) are written
 * by the team in place, each a shared text.
 */
import { monitoringText } from '../../../../shared/doc/monitoring'
import { quarterTable, semesterTable, QUARTER_ROWS, SEMESTER_ROWS } from '../../../../shared/domain/monitoring/implementation'
import { periodKey, QUARTER_TEXT_FIELDS } from '../../../../shared/domain/monitoring/model'
import { monthLabel, QUARTER_LABELS, QUARTERS, SEMESTER_LABELS, SEMESTERS } from '../../../../shared/domain/monitoring/periods'
import { allStrategies } from '../../../../shared/domain/monitoring/skeleton'
import { YTextField } from '../../ui/YTextField'
import { useMonitoringContext } from './context'

const TEXT_ROWS: Record<string, (typeof QUARTER_TEXT_FIELDS)[number]> = { [QUARTER_ROWS.cause]: 'cause', [QUARTER_ROWS.resources]: 'resources', [QUARTER_ROWS.comments]: 'comments' }

export function ImplementationPanel() {
  const { read, conn, month, canWrite } = useMonitoringContext()
  return (
    <section aria-labelledby="impl-heading">
      <h3 id="impl-heading">Implementation Data (as of {monthLabel(month)})</h3>
      {allStrategies(read.skeleton!).map((s) => (
        <div key={s.id} className="impl-strategy">
          <h4>Strategy {s.number}</h4>
          <p className="hint">{s.statement}</p>
          <table className="tool-a">
            <caption>Strategy {s.number}: milestones by semester</caption>
            <thead><tr><th scope="col">Strategy {s.number}</th>{SEMESTERS.map((x) => <th key={x} scope="col">{SEMESTER_LABELS[x]}</th>)}</tr></thead>
            <tbody>
              {semesterTable(read, s, month).map((r) => (
                <tr key={r[0]}>
                  <th scope="row">{r[0]}</th>
                  {SEMESTERS.map((x, i) => (
                    <td key={x}>
                      {r[0] === SEMESTER_ROWS.cause
                        ? <YTextField text={monitoringText(conn.doc, { root: 'periods', id: s.id, key: periodKey.semester(x) })} label={`${SEMESTER_ROWS.cause}, Strategy ${s.number}, ${SEMESTER_LABELS[x]}`} readOnly={!canWrite} multiline rows={2} />
                        : r[i + 1]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {s.milestones.map((m) => (
            <table key={m.id} className="tool-a">
              <caption>Milestone {m.number}: {m.text}</caption>
              <thead><tr><th scope="col">Milestone {m.number}</th>{QUARTERS.map((q) => <th key={q} scope="col">{QUARTER_LABELS[q]}</th>)}</tr></thead>
              <tbody>
                {quarterTable(read, m, month).map((r) => (
                  <tr key={r[0]}>
                    <th scope="row">{r[0]}</th>
                    {QUARTERS.map((q, i) => {
                      const field = TEXT_ROWS[r[0]!]
                      return (
                        <td key={q}>
                          {field
                            ? <YTextField text={monitoringText(conn.doc, { root: 'periods', id: m.id, key: periodKey.quarter(q, field) })} label={`${r[0]}, Milestone ${m.number}, ${QUARTER_LABELS[q]}`} readOnly={!canWrite} multiline rows={2} />
                            : r[i + 1]}
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
      ))}
    </section>
  )
}
