import { describe, expect, it } from 'vitest'
import { ID_PATTERN } from '../../../shared/doc/names'
import { moveMember, proposePlan, rolesIn, toNewGroups, type BreakoutPlan } from '../../../client/src/views/facilitator/breakout-plan'
import { newId } from '../../../shared/ids'

const MEMBERS = [
  { id: 'tess', role: 'teacher' },
  { id: 'tom', role: 'teacher' },
  { id: 'paz', role: 'principal' },
  { id: 'pia', role: 'principal' },
]
const roleOf = (id: string) => MEMBERS.find((m) => m.id === id)?.role
const plan = (mode: 'cross-role' | 'role-alike'): BreakoutPlan => {
  const r = proposePlan(mode, MEMBERS, 2, 'round 1 · 0', (role) => role)
  if (!r.ok) throw new Error(r.error)
  return r.value
}

describe('a breakout plan in preview', () => {
  it('proposes cross-role groups that each mix both roles', () => {
    expect(plan('cross-role').groups.map((g) => rolesIn(g, roleOf))).toEqual([['principal', 'teacher'], ['principal', 'teacher']])
  })

  it('proposes role-alike groups that each hold one role', () => {
    expect(plan('role-alike').groups.map((g) => rolesIn(g, roleOf)).sort()).toEqual([['principal'], ['teacher']])
  })

  it('refuses a number of groups below one', () => {
    expect(proposePlan('cross-role', MEMBERS, 0, 'seed', (r) => r).ok).toBe(false)
  })

  it('moves a member to another group exactly once', () => {
    const before = plan('cross-role')
    const moved = moveMember(before, 'tess', 1)
    expect(moved.groups[1]?.memberIds.filter((id) => id === 'tess')).toEqual(['tess'])
    expect(moved.groups.flatMap((g) => g.memberIds).sort()).toEqual(MEMBERS.map((m) => m.id).sort())
  })

  it.each([-1, 2])('ignores a move to group index %i, which does not exist', (to) => {
    const before = plan('cross-role')
    expect(moveMember(before, 'tess', to)).toBe(before)
  })

  it('names each group document with a valid, round-specific id', () => {
    const groups = toNewGroups(plan('cross-role'), 3, () => newId())
    for (const g of groups) expect(g.id).toMatch(ID_PATTERN)
    expect(groups.map((g) => g.id.slice(0, 5))).toEqual(['r3-g1', 'r3-g2'])
    expect(new Set(groups.map((g) => g.id)).size).toBe(2)
  })
})
