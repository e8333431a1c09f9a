/**
 * Move up / move down / delete for one plan item. A move is one order write (numbers follow by
 * themselves); a delete takes the item's children with it and can be undone.
 */
import { movePlanItem, removePlanItem } from '../../../../shared/doc/plan'
import type { PlanItemKind } from '../../../../shared/plan/items'
import { usePlan } from './plan-context'

interface Props {
  readonly kind: PlanItemKind
  readonly id: string
  /** the item's siblings in order (itself included) */
  readonly siblings: readonly { readonly id: string }[]
  /** "Priority 2", "Action 1.1.1.3", "Goal 1, measure 2" */
  readonly label: string
}

export function ItemControls({ kind, id, siblings, label }: Props) {
  const { doc, readOnly, announce, separateUndo } = usePlan()
  if (readOnly) return null
  const index = siblings.findIndex((s) => s.id === id)
  const move = (to: number) => {
    // "after" is the sibling the item lands behind, computed without the item itself
    const rest = siblings.filter((s) => s.id !== id)
    const after = to === 0 ? null : (rest[to - 1]?.id ?? null)
    separateUndo()
    const moved = movePlanItem(doc, kind, id, { after })
    separateUndo()
    if (!moved.ok) return
    announce(`${label} moved ${to < index ? 'up' : 'down'}; it is now number ${to + 1} of ${siblings.length}.`)
    // re-rendering in the new order can drop focus; keep it on the control the person used
    const edge = to === 0 || to === siblings.length - 1
    const dir = to < index ? 'up' : 'down'
    requestAnimationFrame(() => document.getElementById(`move-${edge ? (dir === 'up' ? 'down' : 'up') : dir}-${id}`)?.focus())
  }
  const remove = () => {
    separateUndo()
    const removed = removePlanItem(doc, kind, id)
    separateUndo()
    if (!removed) return
    announce(`${label} deleted. Press Undo (Ctrl+Z) to bring it back.`)
    // the focused button is gone with its item: land on Undo, the likeliest next step
    requestAnimationFrame(() => document.getElementById('plan-undo')?.focus())
  }
  return (
    <div className="item-controls" role="group" aria-label={`${label} actions`}>
      <button type="button" id={`move-up-${id}`} onClick={() => move(index - 1)} disabled={index <= 0} aria-label={`Move ${label} up`}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" id={`move-down-${id}`} onClick={() => move(index + 1)} disabled={index < 0 || index >= siblings.length - 1} aria-label={`Move ${label} down`}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="danger" onClick={remove} aria-label={`Delete ${label}`}>
        <span aria-hidden="true">✕</span> Delete
      </button>
    </div>
  )
}
