/** The small "used in plan: 1.2" marker next to a board item that a priority or strategy links to. */
import type { LinkKind } from '../../../../shared/plan/items'
import { traceKey, usedInPlanLabel } from '../../../../shared/plan/usage'
import { usePlan } from './plan-context'

export function UsedIn({ kind, id }: { kind: LinkKind; id: string }) {
  const { usage } = usePlan()
  const label = usedInPlanLabel(usage.get(traceKey(kind, id)))
  return label ? <span className="used-in">{label}</span> : null
}
