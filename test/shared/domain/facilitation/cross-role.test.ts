import { describe, expect, it } from 'vitest'
import { crossRoleGroups, groupCountForSize, type GroupMember, type ProposedGroup } from '../../../../shared/domain/facilitation/cross-role'

/** e.g. { teacher: 3, sea: 1 } → t0 t1 t2 s0 */
function roster(counts: Record<string, number>): GroupMember[] {
  return Object.entries(counts).flatMap(([role, n]) => Array.from({ length: n }, (_, i) => ({ id: `${role}-${i}`, role })))
}
const roleOf = (members: readonly GroupMember[]) => new Map(members.map((m) => [m.id, m.role]))
const distinctRoles = (g: ProposedGroup, roles: Map<string, string>) => new Set(g.memberIds.map((id) => roles.get(id))).size
/** the bound from the module header: a role with c members meets at most min(c, k) groups */
const incidenceBound = (counts: Record<string, number>, k: number) => Object.values(counts).reduce((s, c) => s + Math.min(c, k), 0)

function groupsOf(members: readonly GroupMember[], k: number, seed = 'seed'): ProposedGroup[] {
  const r = crossRoleGroups(members, k, seed)
  if (!r.ok) throw new Error(r.error)
  return r.value
}

const CASES: [string, Record<string, number>, number][] = [
  ['three even roles into four groups', { teacher: 4, principal: 4, sea: 4 }, 4],
  ['one dominant role', { teacher: 10, principal: 2, sea: 1, researcher: 1 }, 3],
  ['a single role', { teacher: 7 }, 3],
  ['many roles, each larger than k', { teacher: 5, sea: 5, researcher: 5 }, 2],
  ['more roles than room in a group', { a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, g: 1 }, 3],
  ['seventeen people into four groups', { superintendent: 2, sea: 3, researcher: 5, teacher: 6, family: 1 }, 4],
  ['more groups than people', { teacher: 2, sea: 1 }, 5],
]

describe('cross-role groups', () => {
  it.each(CASES)('puts everyone in exactly one group (%s)', (_, counts, k) => {
    const members = roster(counts)
    const ids = groupsOf(members, k).flatMap((g) => g.memberIds)
    expect(ids.sort()).toEqual(members.map((m) => m.id).sort())
  })

  it.each(CASES)('makes min(k, N) groups whose sizes differ by at most one (%s)', (_, counts, k) => {
    const members = roster(counts)
    const sizes = groupsOf(members, k).map((g) => g.memberIds.length)
    expect(sizes).toHaveLength(Math.min(k, members.length))
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
  })

  it.each(CASES)('reaches the maximal role mix Σ min(count, k) (%s)', (_, counts, k) => {
    const members = roster(counts)
    const kk = Math.min(k, members.length)
    const roles = roleOf(members)
    const incidences = groupsOf(members, k).reduce((s, g) => s + distinctRoles(g, roles), 0)
    expect(incidences).toBe(incidenceBound(counts, kk))
  })

  it.each([
    ['no role outnumbers the groups', { teacher: 3, principal: 3, sea: 2, family: 1 }, 3],
    ['every role is unique', { a: 1, b: 1, c: 1, d: 1, e: 1 }, 2],
  ])('never doubles a role in a group when %s', (_, counts, k) => {
    const roles = roleOf(roster(counts))
    for (const g of groupsOf(roster(counts), k)) expect(distinctRoles(g, roles)).toBe(g.memberIds.length)
  })

  it('puts every role in every group when each role has at least k members', () => {
    const counts = { teacher: 6, sea: 4, researcher: 3 }
    for (const g of groupsOf(roster(counts), 3)) expect(g.roles).toEqual(['researcher', 'sea', 'teacher'])
  })

  it('matches the best split a brute-force search finds on small rosters', () => {
    const counts = { teacher: 3, sea: 2, researcher: 1, family: 1 }
    const members = roster(counts)
    const roles = roleOf(members)
    let best = 0
    for (let code = 0; code < 3 ** members.length; code++) {
      const groups: string[][] = [[], [], []]
      let c = code
      for (const m of members) {
        groups[c % 3]?.push(m.role)
        c = Math.floor(c / 3)
      }
      const sizes = groups.map((g) => g.length)
      if (Math.max(...sizes) - Math.min(...sizes) > 1) continue
      best = Math.max(best, groups.reduce((s, g) => s + new Set(g).size, 0))
    }
    const ours = groupsOf(members, 3).reduce((s, g) => s + distinctRoles(g, roles), 0)
    expect(ours).toBe(best)
  })

  it('is deterministic for a seed, whatever order members arrive in', () => {
    const members = roster({ teacher: 5, sea: 3, researcher: 4 })
    const a = groupsOf(members, 3, 'round 1')
    expect(groupsOf([...members].reverse(), 3, 'round 1')).toEqual(a)
    const others = ['round 2', 'round 3', 'round 4'].map((s) => groupsOf(members, 3, s))
    expect(others.some((o) => JSON.stringify(o) !== JSON.stringify(a))).toBe(true)
  })

  it.each([[0], [-1], [2.5]])('refuses %s groups', (k) => {
    expect(crossRoleGroups(roster({ teacher: 2 }), k, 's').ok).toBe(false)
  })

  it('makes no groups from nobody', () => {
    expect(crossRoleGroups([], 3, 's')).toEqual({ ok: true, value: [] })
  })

  it.each([
    [17, 4, 4],
    [5, 4, 1],
    [0, 4, 1],
    [30, 5, 6],
  ])('%i people in groups of about %i make %i groups', (n, size, k) => {
    expect(groupCountForSize(n, size)).toBe(k)
  })
})
