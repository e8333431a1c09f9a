import { describe, expect, it } from 'vitest'
import { type GroupMember } from '../../../../shared/domain/facilitation/cross-role'
import { allocateGroups, roleAlikeGroups, type RoleAlikeGroup, type RoleAlikeOptions } from '../../../../shared/domain/facilitation/role-alike'
import { SYMPOSIUM_ROLE_FAMILIES } from '../../../../shared/content/symposium'

function roster(counts: Record<string, number>): GroupMember[] {
  return Object.entries(counts).flatMap(([role, n]) => Array.from({ length: n }, (_, i) => ({ id: `${role}-${i}`, role })))
}
function groupsOf(counts: Record<string, number>, k: number, options: RoleAlikeOptions = {}, seed = 'seed'): RoleAlikeGroup[] {
  const r = roleAlikeGroups(roster(counts), k, seed, options)
  if (!r.ok) throw new Error(r.error)
  return r.value
}

const CASES: [string, Record<string, number>, number][] = [
  ['as many groups as roles', { teacher: 4, principal: 3, sea: 2 }, 3],
  ['more groups than roles', { teacher: 9, principal: 3, sea: 1 }, 5],
  ['more roles than groups', { teacher: 2, principal: 2, sea: 1, researcher: 1 }, 2],
  ['one group asked for', { teacher: 3, family: 2 }, 1],
  ['a huge k', { teacher: 5, sea: 3 }, 50],
]

describe('role-alike groups', () => {
  it.each(CASES)('keeps every group pure (%s)', (_, counts, k) => {
    for (const g of groupsOf(counts, k)) expect(g.roles).toHaveLength(1)
  })

  it.each(CASES)('puts everyone in exactly one group (%s)', (_, counts, k) => {
    const ids = groupsOf(counts, k).flatMap((g) => g.memberIds)
    expect(ids.sort()).toEqual(roster(counts).map((m) => m.id).sort())
  })

  it.each(CASES)('splits a role into groups whose sizes differ by at most one (%s)', (_, counts, k) => {
    const groups = groupsOf(counts, k)
    for (const role of Object.keys(counts)) {
      const sizes = groups.filter((g) => g.family === role).map((g) => g.memberIds.length)
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
    }
  })

  it('gives each role its own group when roles outnumber k, rather than mixing them', () => {
    const groups = groupsOf({ teacher: 2, principal: 2, sea: 1, researcher: 1 }, 2)
    expect(groups.map((g) => g.family).sort()).toEqual(['principal', 'researcher', 'sea', 'teacher'])
  })

  it('hands spare groups to the largest role first', () => {
    const groups = groupsOf({ teacher: 9, principal: 3, sea: 1 }, 5, { label: (f) => f[0]?.toUpperCase() + f.slice(1) })
    expect(groups.map((g) => [g.name, g.memberIds.length])).toEqual([
      ['Teacher 1', 3],
      ['Teacher 2', 3],
      ['Teacher 3', 3],
      ['Principal', 3],
      ['Sea', 1],
    ])
  })

  it('never splits off a group smaller than minSize, so a huge k is undershot', () => {
    const groups = groupsOf({ teacher: 5, sea: 3 }, 50)
    expect(groups.map((g) => g.memberIds.length).sort()).toEqual([2, 3, 3])
    expect(groupsOf({ teacher: 5, sea: 3 }, 50, { minSize: 1 })).toHaveLength(8)
  })

  it('treats a role family as one role, as the seed merged researchers with other actors', () => {
    const groups = groupsOf({ researcher: 2, other: 1, sea: 2, superintendent: 2, principal: 1 }, 3, { families: SYMPOSIUM_ROLE_FAMILIES })
    expect(groups.map((g) => [g.family, g.roles])).toEqual([
      ['district', ['principal', 'superintendent']],
      ['research-and-actors', ['other', 'researcher']],
      ['state', ['sea']],
    ])
  })

  it('is deterministic for a seed', () => {
    const a = roleAlikeGroups(roster({ teacher: 8, sea: 2 }), 4, 'x')
    expect(roleAlikeGroups([...roster({ teacher: 8, sea: 2 })].reverse(), 4, 'x')).toEqual(a)
  })

  it('refuses a group count below one', () => {
    expect(roleAlikeGroups(roster({ teacher: 1 }), 0, 's').ok).toBe(false)
  })

  it('allocates by largest average group size (D’Hondt)', () => {
    const counts = new Map([['a', 10], ['b', 6], ['c', 2]])
    expect(Object.fromEntries(allocateGroups(counts, 6, 2))).toEqual({ a: 3, b: 2, c: 1 })
  })
})
