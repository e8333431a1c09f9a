/**
 * Cross-role breakout groups: split N members into k groups whose sizes differ by at most one and
 * whose role mix is maximal (defined below). Deterministic for a given seed and member set,
 * whatever order the members arrive in.
 *
 * Maximal mix, precisely: call a (group, role) pair an *incidence* when the group holds at least one
 * member of that role. A role with c members can meet at most min(c, k) groups, so no split has more
 * than Σ_roles min(c_role, k) incidences; ours always has exactly that many. Consequences: if no
 * role has more than k members, no group holds two people of the same role (each group of size s
 * has s distinct roles); if every role has at least k members, every group holds every role.
 */
import { err, ok, type Result } from '../../result'
import { seededRandom, shuffled } from '../../random'

export interface GroupMember {
  readonly id: string
  /** a stakeholder role id; any string, so grouping never rejects a role it does not know */
  readonly role: string
}

export interface ProposedGroup {
  readonly name: string
  readonly memberIds: readonly string[]
  /** distinct roles present, sorted */
  readonly roles: readonly string[]
}

export function validateGroupCount(groupCount: number): Result<number, string> {
  return Number.isInteger(groupCount) && groupCount >= 1 ? ok(groupCount) : err('the number of groups must be a whole number of at least 1')
}

/** How many groups of about `size` people N members make (at least one). */
export const groupCountForSize = (memberCount: number, size: number): number =>
  Math.max(1, Math.round(memberCount / Math.max(1, size)))

/** Members bucketed by a key, each bucket shuffled; input order never matters (sorted by id first). */
export function bucketBy(
  members: readonly GroupMember[],
  keyOf: (m: GroupMember) => string,
  random: () => number,
): Map<string, GroupMember[]> {
  const buckets = new Map<string, GroupMember[]>()
  for (const m of [...members].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const key = keyOf(m)
    const bucket = buckets.get(key) ?? []
    bucket.push(m)
    buckets.set(key, bucket)
  }
  for (const [key, bucket] of buckets) buckets.set(key, shuffled(bucket, random))
  return buckets
}

export function describeGroup(name: string, members: readonly GroupMember[]): ProposedGroup {
  return { name, memberIds: members.map((m) => m.id), roles: [...new Set(members.map((m) => m.role))].sort() }
}

/**
 * More groups than members would leave empty rooms, so k is capped at N. Method: lay the members
 * out role by role (largest role first, ties in seeded order) and deal them round-robin into the
 * k groups. A role's members are consecutive, so c ≤ k of them land in c different groups and
 * c > k of them reach every group — which is exactly the incidence bound above.
 */
export function crossRoleGroups(members: readonly GroupMember[], groupCount: number, seed: string): Result<ProposedGroup[], string> {
  const valid = validateGroupCount(groupCount)
  if (!valid.ok) return valid
  if (members.length === 0) return ok([])
  const k = Math.min(groupCount, members.length)
  const random = seededRandom(seed)
  const buckets = bucketBy(members, (m) => m.role, random)
  const roleOrder = shuffled([...buckets.keys()].sort(), random).sort(
    (a, b) => (buckets.get(b)?.length ?? 0) - (buckets.get(a)?.length ?? 0),
  )
  const laidOut = roleOrder.flatMap((role) => buckets.get(role) ?? [])
  const groups: GroupMember[][] = Array.from({ length: k }, () => [])
  laidOut.forEach((m, i) => groups[i % k]?.push(m))
  return ok(groups.map((g, i) => describeGroup(`Group ${i + 1}`, g)))
}
