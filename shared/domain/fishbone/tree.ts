/**
 * Resolves stored cause links into a tree that always renders: a cause whose parent is gone becomes
 * top-level on its own bone, a cycle made by two concurrent moves is cut at its smallest id, and a
 * cause on a missing bone falls back to Other/External (or the last bone). Output is display order.
 */
import { byOrderThenId } from '../../doc/fractional-index'

export interface RawCauseLink {
  readonly id: string
  readonly boneId: string | undefined
  readonly parentId: string | undefined
  readonly order: string
}

export interface PlacedCause {
  readonly id: string
  /** the bone it shows on (its root ancestor's) */
  readonly boneId: string
  /** undefined for top-level causes, including orphans and cut cycles */
  readonly parentId: string | undefined
  readonly depth: number
}

/**
 * Depth-first display order: bones in the given order, then siblings by order key, each cause
 * before its sub-causes. Causes are dropped only when the diagram has no bones at all.
 */
export function placeCauses(causes: readonly RawCauseLink[], boneIds: readonly string[], fallbackBoneId?: string): PlacedCause[] {
  if (boneIds.length === 0) return []
  const fallback = fallbackBoneId !== undefined && boneIds.includes(fallbackBoneId) ? fallbackBoneId : (boneIds[boneIds.length - 1] as string)
  const byId = new Map(causes.map((c) => [c.id, c]))
  const children = new Map<string, RawCauseLink[]>()
  const roots: RawCauseLink[] = []
  for (const c of causes) {
    if (c.parentId !== undefined && c.parentId !== c.id && byId.has(c.parentId)) {
      children.set(c.parentId, [...(children.get(c.parentId) ?? []), c])
    } else roots.push(c)
  }
  const reached = new Set<string>()
  const mark = (id: string): void => {
    if (reached.has(id)) return
    reached.add(id)
    for (const ch of children.get(id) ?? []) mark(ch.id)
  }
  roots.forEach((r) => mark(r.id))
  // Whatever is unreached hangs off a cycle: promote its smallest id until everything is reached.
  for (const c of [...causes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (reached.has(c.id)) continue
    roots.push(c)
    mark(c.id)
  }
  const rootSet = new Set(roots.map((r) => r.id))
  const boneOf = (c: RawCauseLink): string => (c.boneId !== undefined && boneIds.includes(c.boneId) ? c.boneId : fallback)
  const out: PlacedCause[] = []
  const visit = (c: RawCauseLink, boneId: string, depth: number, parentId: string | undefined): void => {
    out.push({ id: c.id, boneId, parentId, depth })
    const kids = (children.get(c.id) ?? []).filter((k) => !rootSet.has(k.id)).sort(byOrderThenId)
    for (const k of kids) visit(k, boneId, depth + 1, c.id)
  }
  for (const boneId of boneIds) {
    for (const r of roots.filter((x) => boneOf(x) === boneId).sort(byOrderThenId)) visit(r, boneId, 0, undefined)
  }
  return out
}
