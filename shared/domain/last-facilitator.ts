/**
 * The invariant that a workspace always keeps a facilitator: without one nobody can reveal,
 * snapshot, rotate invites or promote anyone again. Storage checks it inside the transaction that
 * writes the change, so two instances cannot both pass it. `role` undefined means the member leaves.
 */
import type { MemberRole } from '../auth/roles'

export type MembershipChange = 'changed' | 'not-found' | 'last-facilitator'

export function leavesNoFacilitator(members: readonly { readonly id: string; readonly role: MemberRole }[], memberId: string, role: MemberRole | undefined): boolean {
  const target = members.find((m) => m.id === memberId)
  if (!target || target.role !== 'facilitator' || role === 'facilitator') return false
  return !members.some((m) => m.role === 'facilitator' && m.id !== memberId)
}
