/**
 * The invariant that a workspace always keeps a facilitator: without one nobody can reveal,
 * snapshot, rotate invites or promote anyone again. `role` undefined means the member leaves.
 */
import type { MemberRole } from '../../shared/auth/roles'
import { err, ok, type Result } from '../../shared/result'
import type { ApiFailure } from '../http/errors'

export function keepsAFacilitator(
  members: readonly { readonly id: string; readonly role: MemberRole }[],
  memberId: string,
  role: MemberRole | undefined,
): Result<void, ApiFailure> {
  const target = members.find((m) => m.id === memberId)
  if (!target || target.role !== 'facilitator' || role === 'facilitator') return ok(undefined)
  const others = members.filter((m) => m.role === 'facilitator' && m.id !== memberId).length
  if (others > 0) return ok(undefined)
  const what = role === undefined ? 'leave or be removed' : 'stop being a facilitator'
  return err({ kind: 'conflict', message: `the last facilitator cannot ${what}: promote another member to facilitator first` })
}
