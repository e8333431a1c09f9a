/**
 * Board locks, enforced here: while a facilitator has locked a board for review, members' updates
 * that touch that board's roots are refused. Boards map to document roots; `whiteboard` locks the
 * whole whiteboard document. Facilitators are never locked out.
 */
import type { DocName } from '../../shared/doc/names'
import { ROOTS } from '../../shared/doc/schema'

/** Board ids (as used by agendas and the control document's locks) → the roots they own. */
export const BOARD_ROOTS: Readonly<Record<string, readonly string[]>> = {
  swot: [ROOTS.board.swot],
  fishbone: [ROOTS.board.fishbone, ROOTS.board.whys],
  rubric: [ROOTS.board.rubricTeam],
  plan: [ROOTS.board.plan],
  direction: [ROOTS.board.plan],
  synthesis: [ROOTS.board.synthesis],
  notes: [ROOTS.board.notes],
}

export type LockVerdict = { readonly locked: false } | { readonly locked: true; readonly board: string }

/**
 * Decides whether an update may pass the active locks. `roots` is what the update touches
 * (undefined = unknown, which is treated as touching everything).
 */
export function checkLocks(doc: DocName, locks: readonly string[], roots: ReadonlySet<string> | undefined): LockVerdict {
  if (locks.length === 0) return { locked: false }
  if (doc.kind === 'whiteboard') return locks.includes('whiteboard') ? { locked: true, board: 'whiteboard' } : { locked: false }
  if (doc.kind !== 'board') return { locked: false }
  for (const board of locks) {
    const owned = BOARD_ROOTS[board]
    if (!owned) continue
    if (roots === undefined || owned.some((r) => roots.has(r))) return { locked: true, board }
  }
  return { locked: false }
}
