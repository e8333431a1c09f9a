/**
 * Results: per goal indicator (3 target years) and strategy measure (2), the actual value per
 * quarter, a run chart with the targets, its data table (which is also where values are typed), and
 * Tool A's Performance/Results Data table with the team's Explanation & Needed Adjustments.
 */
import { monitoringText, setResultValue } from '../../../../shared/doc/monitoring'
import { periodKey } from '../../../../shared/domain/monitoring/model'
import { GOAL_RESULTS_COLUMNS, goalResultRows, performanceRows, RESULTS_COLUMNS, resultPeriods } from '../../../../shared/domain/monitoring/results'
import { allMeasures } from '../../../../shared/domain/monitoring/skeleton'
import { YTextField } from '../../ui/YTextField'
import { useMonitoringContext } from './context'
import { RunChart } from './RunChart'

function ResultTable({ headers, rows, caption }: { headers: readonly string[]; rows: string[][]; caption: string }) {
  return (
    <table className="tool-a">
      <caption>{caption}</caption>
      <thead><tr>{headers.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
      <tbody>{rows.map((r, i) => <tr key={i}>{r.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}</tr>)}</tbody>
    </table>
  )
}

export function ResultsPanel() {
  const { read, conn, canWrite } = useMonitoringContext()
  const measures = allMeasures(read.skeleton!)
  return (
    <section aria-labelledby="results-heading">
      <h3 id="results-heading">Results</h3>
      <ResultTable caption="Performance/Results Data" headers={RESULTS_COLUMNS} rows={performanceRows(read)} />
      <ResultTable caption="Goal results" headers={GOAL_RESULTS_COLUMNS} rows={goalResultRows(read)} />
      {measures.length === 0 && <p className="hint">The followed plan has no goal indicators or strategy measures.</p>}
      {measures.map(({ kind, ownerNumber, measure: m }) => {
        const periods = resultPeriods(kind === 'goal' ? 3 : 2)
        const values = read.results[m.id]?.values ?? {}
        const name = `${kind === 'goal' ? 'Goal' : 'Strategy'} ${ownerNumber}: ${m.indicator || 'indicator'}`
        return (
          <div key={m.id} className="measure">
            <h4>{name}</h4>
            <p className="hint">Baseline {m.baseline || '—'} · targets {m.targets.map((t, i) => `Year ${i + 1}: ${t || '—'}`).join(' · ')}</p>
            <RunChart title={name} input={{ periods, values, baseline: m.baseline, targets: m.targets }} />
            <table className="results-entry">
              <caption>Actual values, {name}</caption>
              <thead><tr>{periods.map((p) => <th key={p.key} scope="col">{p.label}</th>)}</tr></thead>
              <tbody>
                <tr>
                  {periods.map((p) => (
                    <td key={p.key}>
                      <input type="number" step="any" aria-label={`${name}, ${p.label}`} disabled={!canWrite} defaultValue={values[p.key] ?? ''} key={`${p.key}:${values[p.key] ?? ''}`}
                        onBlur={(e) => setResultValue(conn.doc, m.id, p.key, e.target.value === '' ? null : Number(e.target.value))} />
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
            <label className="field">Explanation &amp; Needed Adjustments (Year {read.planYear})
              <YTextField text={monitoringText(conn.doc, { root: 'results', id: m.id, key: periodKey.explanation(read.planYear) })} readOnly={!canWrite} multiline rows={2} />
            </label>
          </div>
        )
      })}
    </section>
  )
}
