/** What a priority or strategy is traced to, as labelled chips (kind in words, not colour). */
import type { PlanTrace } from '../../../../../shared/plan/document'
import { BoardLink } from '../BoardLink'

const KIND = { cause: 'Cause', swot: 'SWOT', rubric: 'Rubric' } as const

export function TraceChips({ trace }: { trace: readonly PlanTrace[] }) {
  if (trace.length === 0) return null
  return (
    <ul className="trace" aria-label="Traced to">
      {trace.map((t) => (
        <li key={`${t.kind}:${t.id}`} className={t.found ? 'chip' : 'chip gone'}>
          <strong>{KIND[t.kind]}:</strong> <BoardLink board={t.kind}>{t.label}</BoardLink>
          {!t.found && <span> (no longer on the board)</span>}
        </li>
      ))}
    </ul>
  )
}
