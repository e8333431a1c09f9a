/**
 * Traceability picker: ties a priority or strategy to the fishbone causes, SWOT items and rubric
 * elements behind it. A disclosure with one checkbox group per kind; each tick is one map write.
 */
import { LINK_KINDS, type LinkKind, type Linkable } from '../../../../../shared/plan/items'
import type { PlanLinks } from '../../../../../shared/plan/draft'
import { setPlanLink } from '../../../../../shared/plan/mutations'
import { BoardLink } from '../BoardLink'
import { usePlan } from '../plan-context'

const KIND = {
  cause: { legend: 'Fishbone causes', board: 'cause', empty: 'No causes on a fishbone yet.' },
  swot: { legend: 'SWOT items', board: 'swot', empty: 'No SWOT items yet.' },
  rubric: { legend: 'Self-reflection elements (team levels)', board: 'rubric', empty: 'No team levels agreed on the self-reflection yet.' },
} as const satisfies Record<LinkKind, { legend: string; board: 'cause' | 'swot' | 'rubric'; empty: string }>

export function LinkPicker({ kind, id, label, links }: { kind: Linkable; id: string; label: string; links: PlanLinks }) {
  const { doc, targets, readOnly } = usePlan()
  if (readOnly) return null
  const count = LINK_KINDS.reduce((n, k) => n + links[k].length, 0)
  return (
    <details className="link-picker">
      <summary>
        Link {label} to the evidence behind it ({count} linked)
      </summary>
      {LINK_KINDS.map((k) => {
        const linked = new Set(links[k])
        return (
          <fieldset key={k}>
            <legend>{KIND[k].legend}</legend>
            {targets[k].length === 0 ? (
              <p className="empty small">
                {KIND[k].empty} <BoardLink board={KIND[k].board}>Open the board</BoardLink>
              </p>
            ) : (
              <ul>
                {targets[k].map((t) => (
                  <li key={t.id}>
                    <label className="check">
                      <input type="checkbox" checked={linked.has(t.id)} onChange={(e) => setPlanLink(doc, kind, id, { kind: k, id: t.id }, e.target.checked)} /> {t.label}{' '}
                      <span className="muted small">({t.context})</span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
        )
      })}
    </details>
  )
}
