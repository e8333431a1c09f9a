/**
 * A breakout plan being previewed before the round starts: proposed by the shared grouping
 * algorithms, then adjusted by hand (drag-and-drop or the "move to" menu). Pure data.
 */
import type { BreakoutMode } from '../../../../shared/content/agendas'
import { crossRoleGroups, type GroupMember } from '../../../../shared/domain/facilitation/cross-role'
import { roleAlikeGroups } from '../../../../shared/domain/facilitation/role-alike'
import type { NewGroup } from '../../../../shared/doc/control'
import type { Result } from '../../../../shared/result'

export interface PlannedGroup {
  readonly name: string
  readonly memberIds: readonly string[]
}
export interface BreakoutPlan {
  readonly mode: BreakoutMode
  readonly groups: readonly PlannedGroup[]
}

export function proposePlan(mode: BreakoutMode, members: readonly GroupMember[], groupCount: number, seed: string, label: (role: string) => string): Result<BreakoutPlan, string> {
  const proposed = mode === 'cross-role' ? crossRoleGroups(members, groupCount, seed) : roleAlikeGroups(members, groupCount, seed, { label })
  if (!proposed.ok) return proposed
  return { ok: true, value: { mode, groups: proposed.value.map((g) => ({ name: g.name, memberIds: g.memberIds })) } }
}

/** Moves one member to group `to` (index); a no-op when they are already there. */
export function moveMember(plan: BreakoutPlan, memberId: string, to: number): BreakoutPlan {
  if (to < 0 || to >= plan.groups.length) return plan
  return {
    ...plan,
    groups: plan.groups.map((g, i) => {
      const without = g.memberIds.filter((id) => id !== memberId)
      return { ...g, memberIds: i === to ? [...without, memberId] : without }
    }),
  }
}

/** Distinct roles per group, for the preview's "3 roles" line. */
export function rolesIn(group: PlannedGroup, roleOf: (memberId: string) => string | undefined): readonly string[] {
  return [...new Set(group.memberIds.map(roleOf).filter((r) => r !== undefined))].sort()
}

/** Group document ids: unique per round, valid document names (ID_PATTERN), not guessable across rounds. */
export function toNewGroups(plan: BreakoutPlan, round: number, random: () => string): NewGroup[] {
  return plan.groups.map((g, i) => ({ id: `r${round}-g${i + 1}-${random()}`, name: g.name, memberIds: g.memberIds }))
}

