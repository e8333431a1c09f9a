/**
 * Keyboard map of the outline tree, pure: which key does what (WAI-ARIA tree pattern for focus, plus
 * Alt+arrows to move a cause), and the `moveCause` input each move means for a given cause.
 */
import type { MoveCause } from '../../../../shared/doc/fishbone-causes'
import type { Fishbone } from '../../../../shared/doc/fishbone-read'
import { siblingsOf } from './outline'

export const FOCUS_ACTIONS = ['prev', 'next', 'first', 'last', 'collapse', 'expand'] as const
export const EDIT_ACTIONS = ['activate', 'add-child', 'delete', 'rename'] as const
export const MOVE_ACTIONS = ['move-up', 'move-down', 'indent', 'outdent', 'bone-prev', 'bone-next'] as const
export type FocusAction = (typeof FOCUS_ACTIONS)[number]
export type EditAction = (typeof EDIT_ACTIONS)[number]
export type MoveAction = (typeof MOVE_ACTIONS)[number]
export type TreeAction = FocusAction | EditAction | MoveAction

export interface KeyPress {
  readonly key: string
  readonly altKey: boolean
  readonly shiftKey: boolean
  readonly ctrlKey: boolean
  readonly metaKey: boolean
}

/** Help text shown under the tree; keep in step with `treeAction`. */
export const KEY_HELP = [
  ['↑ ↓ Home End', 'move between rows'],
  ['← →', 'collapse, expand, go to parent or first child'],
  ['Enter', 'on a bone: add a cause · on a cause: edit it'],
  ['Shift+Enter', 'add a sub-cause'],
  ['Alt+↑ / Alt+↓', 'move the cause up or down'],
  ['Alt+→ / Alt+←', 'make it a sub-cause of the one above · move it out a level'],
  ['Alt+Shift+↑ / ↓', 'move it to the previous or next bone'],
  ['Delete', 'delete the cause (Ctrl+Z undoes)'],
  ['F2', 'rename a bone or edit a cause'],
] as const

const isMoveModifier = (e: KeyPress): boolean => e.altKey || e.ctrlKey || e.metaKey

export function treeAction(e: KeyPress): TreeAction | null {
  if (isMoveModifier(e)) {
    if (e.shiftKey) return e.key === 'ArrowUp' ? 'bone-prev' : e.key === 'ArrowDown' ? 'bone-next' : null
    const moves: Record<string, MoveAction> = { ArrowUp: 'move-up', ArrowDown: 'move-down', ArrowRight: 'indent', ArrowLeft: 'outdent' }
    return moves[e.key] ?? null
  }
  if (e.key === 'Enter') return e.shiftKey ? 'add-child' : 'activate'
  if (e.shiftKey) return null
  const plain: Record<string, TreeAction> = {
    ArrowUp: 'prev',
    ArrowDown: 'next',
    Home: 'first',
    End: 'last',
    ArrowLeft: 'collapse',
    ArrowRight: 'expand',
    Delete: 'delete',
    Backspace: 'delete',
    F2: 'rename',
  }
  return plain[e.key] ?? null
}

export const isMoveAction = (a: TreeAction): a is MoveAction => (MOVE_ACTIONS as readonly string[]).includes(a)

/** What a move action does to `causeId`; null when it cannot go that way (first, last, top level …). */
export function moveFor(fishbone: Fishbone, causeId: string, action: MoveAction): MoveCause | null {
  const cause = fishbone.causes.find((c) => c.id === causeId)
  if (!cause) return null
  const base = { fishboneId: fishbone.id, causeId }
  const siblings = siblingsOf(fishbone, cause)
  const i = siblings.findIndex((s) => s.id === causeId)
  switch (action) {
    case 'move-up':
      return i > 0 ? { ...base, index: i - 1 } : null
    case 'move-down':
      return i < siblings.length - 1 ? { ...base, index: i + 1 } : null
    case 'indent': {
      const above = siblings[i - 1]
      return above ? { ...base, parentId: above.id } : null
    }
    case 'outdent': {
      const parent = cause.parentId === undefined ? undefined : fishbone.causes.find((c) => c.id === cause.parentId)
      if (!parent) return null
      const index = siblingsOf(fishbone, parent).findIndex((s) => s.id === parent.id) + 1
      return parent.parentId !== undefined ? { ...base, parentId: parent.parentId, index } : { ...base, parentId: null, boneId: parent.boneId, index }
    }
    case 'bone-prev':
    case 'bone-next': {
      const b = fishbone.bones.findIndex((x) => x.id === cause.boneId) + (action === 'bone-next' ? 1 : -1)
      const bone = fishbone.bones[b]
      return bone ? { ...base, boneId: bone.id, parentId: null } : null
    }
  }
}

/** What to announce after a move, for the live region. */
export function moveMessage(fishbone: Fishbone, move: MoveCause): string {
  if (move.boneId !== undefined) return `Moved to ${fishbone.bones.find((b) => b.id === move.boneId)?.label ?? 'another bone'}`
  if (move.parentId) return `Now a sub-cause of “${fishbone.causes.find((c) => c.id === move.parentId)?.text || 'an empty cause'}”`
  return move.index !== undefined ? `Moved to position ${move.index + 1}` : 'Moved'
}
