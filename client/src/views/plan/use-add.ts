/** Adding a plan item from the editor: a fresh id, focus on its first field, and an announcement. */
import { addPlanItem } from '../../../../shared/doc/plan'
import type { PlanItemKind } from '../../../../shared/plan/items'
import { addStrategy } from '../../../../shared/plan/mutations'
import { newId } from '../../../../shared/ids'
import { usePlan } from './plan-context'

export function useAddItem(): (kind: PlanItemKind, parentId: string | undefined, what: string) => void {
  const { doc, announce, markAdded, separateUndo } = usePlan()
  return (kind, parentId, what) => {
    const id = newId(kind)
    const init = { id, ...(parentId !== undefined && { parentId }) }
    separateUndo()
    const added = kind === 'strategy' ? addStrategy(doc, init) : addPlanItem(doc, kind, init)
    separateUndo()
    if (!added.ok) {
      announce(`Could not add the ${what}: ${added.error}`)
      return
    }
    markAdded(id)
    announce(`${what[0]?.toUpperCase() ?? ''}${what.slice(1)} added.`)
  }
}
