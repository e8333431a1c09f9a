/**
 * PDSA cycles on a strategy or an action: Plan (the change, the prediction, the measure), Do (what
 * happened, data), Study (compared with the prediction), Act (adopt / adapt / abandon, next cycle).
 * "Start the next cycle" chains a new cycle to the last one; the chain is logged in every report.
 */
import { useState } from 'react'
import { useStatusLine } from '../../facilitation/use-status-line'
import { addPdsaCycle } from '../../../../shared/doc/monitoring'
import { pdsaChains, pdsaTargetLabel } from '../../../../shared/domain/monitoring/pdsa-log'
import { allActions, allStrategies } from '../../../../shared/domain/monitoring/skeleton'
import { newCycleId } from './diagram-files'
import { useMonitoringContext } from './context'
import { PdsaCard } from './PdsaCard'

export function PdsaPanel() {
  const { read, conn, canWrite } = useMonitoringContext()
  const targets = [
    ...allStrategies(read.skeleton!).map((s) => ({ value: `strategy:${s.id}`, label: `Strategy ${s.number}` })),
    ...allActions(read.skeleton!).map((a) => ({ value: `action:${a.id}`, label: `Action ${a.number} ${a.text}` })),
  ]
  const [target, setTarget] = useState(targets[0]?.value ?? '')
  const [status, setStatus] = useStatusLine()
  const start = (previousId: string | null, on: string) => {
    const [kind, id] = on.split(':') as ['strategy' | 'action', string]
    const cycleId = newCycleId()
    addPdsaCycle(conn.doc, { id: cycleId, target: { kind, id }, previousId, createdAt: new Date().toISOString() })
    setStatus(previousId ? 'Started the next cycle.' : 'Started a PDSA cycle.')
    requestAnimationFrame(() => document.getElementById(`pdsa-${cycleId}-change`)?.focus())
  }
  const chains = pdsaChains(read.pdsa)
  return (
    <section aria-labelledby="pdsa-heading">
      <h3 id="pdsa-heading">PDSA cycles</h3>
      {canWrite && (
        <div className="toolbar">
          <label>Test a change on{' '}
            <select value={target} onChange={(e) => setTarget(e.target.value)}>
              {targets.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
            </select>
          </label>
          <button type="button" onClick={() => start(null, target)} disabled={!target}>Start a PDSA cycle</button>
        </div>
      )}
      {chains.length === 0 && <p className="hint">No cycles yet. A cycle tests one change on a strategy or action and says, at the end, whether to adopt, adapt or abandon it.</p>}
      {chains.map((chain) => {
        const head = chain[0]!
        const last = chain.at(-1)!
        return (
          <div key={head.id} className="pdsa-chain">
            <h4>PDSA on {pdsaTargetLabel(read, head)}</h4>
            <ol>{chain.map((c, i) => <li key={c.id}><PdsaCard cycle={c} index={i + 1} /></li>)}</ol>
            {canWrite && last.act.decision && last.act.decision !== 'abandon' && (
              <button type="button" onClick={() => start(last.id, `${last.target.kind}:${last.target.id}`)}>Start the next cycle on {pdsaTargetLabel(read, last)}</button>
            )}
          </div>
        )
      })}
      <p className="status">{status}</p>
    </section>
  )
}
