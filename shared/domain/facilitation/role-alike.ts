/**
 * Role-alike breakout groups: every group holds one role (or one role *family*, e.g. the seed's
 * "researchers and educational actors"), large roles split into several groups, small roles keep a
 * group of their own. Deterministic for a given seed and member set.
 *
 * When roles outnumber the requested k, purity wins: each role still gets its own group, so the
 * result has more groups than asked (the caller can see `length > k` and merge by hand or pass
 * `families`). Mixing roles to hit k would defeat the point of a role-alike round.
 * When k exceeds the roles, the spare groups go, one at a time, to the role whose groups are
 * currently largest on average (D'Hondt), but a split never creates a group of fewer than
 * `minSize` people (default 2) — so k is a target that may be undershot rather than a promise.
 */
import { ok, type Result } from '../../result'
import { bucketBy, describeGroup, validateGroupCount, type GroupMember, type ProposedGroup } from './cross-role'
import { seededRandom } from '../../random'

export interface RoleAlikeOptions {
  /** role → family id; roles not listed are their own family */
  readonly families?: Readonly<Partial<Record<string, string>>>
  /** display name for a family (default: the family id) */
  readonly label?: (family: string) => string
  /** smallest group a split may create (default 2) */
  readonly minSize?: number
}

export interface RoleAlikeGroup extends ProposedGroup {
  readonly family: string
}

/** How many groups each family gets: one each, then spare groups by largest average size. */
export function allocateGroups(counts: ReadonlyMap<string, number>, groupCount: number, minSize: number): Map<string, number> {
  const groups = new Map([...counts.keys()].map((f) => [f, 1]))
  for (let spare = groupCount - counts.size; spare > 0; spare--) {
    let best: string | undefined
    let bestAverage = -1
    for (const [family, count] of counts) {
      const g = groups.get(family) ?? 1
      if (Math.floor(count / (g + 1)) < minSize) continue
      // strictly greater: ties keep the earlier family, and families arrive largest first
      if (count / g > bestAverage) {
        best = family
        bestAverage = count / g
      }
    }
    if (best === undefined) break
    groups.set(best, (groups.get(best) ?? 1) + 1)
  }
  return groups
}

export function roleAlikeGroups(
  members: readonly GroupMember[],
  groupCount: number,
  seed: string,
  options: RoleAlikeOptions = {},
): Result<RoleAlikeGroup[], string> {
  const valid = validateGroupCount(groupCount)
  if (!valid.ok) return valid
  const familyOf = (m: GroupMember) => options.families?.[m.role] ?? m.role
  const label = options.label ?? ((f: string) => f)
  const buckets = bucketBy(members, familyOf, seededRandom(seed))
  // largest family first, then by id, so names and tie-breaks are stable
  const families = [...buckets.keys()].sort((a, b) => (buckets.get(b)?.length ?? 0) - (buckets.get(a)?.length ?? 0) || (a < b ? -1 : 1))
  const counts = new Map(families.map((f) => [f, buckets.get(f)?.length ?? 0]))
  const allocation = allocateGroups(counts, groupCount, Math.max(1, options.minSize ?? 2))

  const out: RoleAlikeGroup[] = []
  for (const family of families) {
    const bucket = buckets.get(family) ?? []
    const n = allocation.get(family) ?? 1
    const split: GroupMember[][] = Array.from({ length: n }, () => [])
    bucket.forEach((m, i) => split[i % n]?.push(m))
    split.forEach((g, i) => out.push({ ...describeGroup(n > 1 ? `${label(family)} ${i + 1}` : label(family), g), family }))
  }
  return ok(out)
}
