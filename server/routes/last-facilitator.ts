/** What the last facilitator is told when a change would leave the workspace without one (see shared/domain/last-facilitator.ts). */
import type { MemberRole } from '../../shared/auth/roles'
import type { MembershipChange } from '../../shared/domain/last-facilitator'
import { err, ok, type Result } from '../../shared/result'
import type { ApiFailure } from '../http/errors'

export function membershipOutcome(outcome: MembershipChange, role: MemberRole | undefined): Result<void, ApiFailure> {
  if (outcome === 'changed') return ok(undefined)
  if (outcome === 'not-found') return err({ kind: 'not-found', message: 'no such member' })
  const what = role === undefined ? 'leave or be removed' : 'stop being a facilitator'
  return err({ kind: 'conflict', message: `the last facilitator cannot ${what}: promote another member to facilitator first` })
}
