/**
 * May this member write this board right now? One answer for every view, from role, locks and breakout
 * assignment (picks stay editable after a reveal: the facilitator re-publishes with "Update results"). The server enforces the same rules; this only mirrors them so the UI
 * turns read-only the moment a lock arrives instead of letting a keystroke be refused.
 */
import type { MemberRole } from '../../auth/roles'
import { boardLabel } from '../../doc/boards'
import { groupOfMember, type ControlState, type LockInfo } from './control-state'

export type AccessReason = 'observer' | 'locked' | 'not-in-group'

export type BoardAccess =
  | { readonly canWrite: true; readonly reason: null }
  | { readonly canWrite: false; readonly reason: AccessReason; readonly message: string; readonly lock?: LockInfo }

export interface AccessQuery {
  readonly role: MemberRole
  readonly memberId: string
  /** a board id (shared/doc/boards.ts) */
  readonly board: string
  /** set on a breakout group's board */
  readonly groupId?: string | undefined
}

const WRITE = { canWrite: true, reason: null } as const

export function lockMessage(board: string, lock: LockInfo | undefined): string {
  const label = boardLabel(board)
  if (!lock) return `${label} is locked for review by the facilitator.`
  return `${label} is locked for ${lock.reason || 'review'} by ${lock.byName}.`
}

export function boardAccess(control: ControlState, q: AccessQuery): BoardAccess {
  if (q.role === 'observer') return { canWrite: false, reason: 'observer', message: 'You are observing: boards are view-only for you.' }
  if (q.groupId !== undefined && q.role !== 'facilitator' && groupOfMember(control, q.memberId) !== q.groupId)
    return { canWrite: false, reason: 'not-in-group', message: 'This is another group’s board: you can look, not write.' }
  // facilitators are never locked out (the relay lets them write to review)
  if (q.role !== 'facilitator' && q.groupId === undefined && control.locks.includes(q.board)) {
    const lock = control.lockInfo[q.board]
    return { canWrite: false, reason: 'locked', message: lockMessage(q.board, lock), ...(lock ? { lock } : {}) }
  }
  return WRITE
}
