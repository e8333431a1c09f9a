/**
 * diffPlans: what changed between two plan documents, keyed by stable ids rather than positions,
 * so a renumbered strategy shows as a changed number, not as a removal plus an addition.
 * A whole added or removed item is one change; `generatedAt` is ignored (it always differs).
 */
import type { PlanDocument } from './document'

export type PlanChange = {
  readonly kind: 'added' | 'removed' | 'changed'
  /** the top-level part that changed: a section id ("needs"), "quality", "title", … */
  readonly section: string
  /** e.g. "sections.planning.priorities[p1].strategies[s2].number" */
  readonly path: string
  readonly before?: unknown
  readonly after?: unknown
}

type Json = unknown
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v)
const hasId = (v: Json): v is { id: string } => isObject(v) && typeof v.id === 'string'
/** arrays of objects with ids (an empty array qualifies) are matched by id; others compare whole */
const keyedById = (a: readonly Json[]): a is { id: string }[] => a.every(hasId)

export function diffPlans(before: PlanDocument, after: PlanDocument): PlanChange[] {
  const out: PlanChange[] = []
  const sectionOf = (path: string) => {
    const m = /^sections\.([A-Za-z]+)/.exec(path)
    return m?.[1] ?? path.split(/[.[]/)[0] ?? path
  }
  const push = (kind: PlanChange['kind'], path: string, a: Json, b: Json) =>
    out.push({ kind, section: sectionOf(path), path, ...(kind !== 'added' && { before: a }), ...(kind !== 'removed' && { after: b }) })

  const walk = (a: Json, b: Json, path: string): void => {
    if (Array.isArray(a) && Array.isArray(b) && keyedById(a) && keyedById(b)) {
      const byId = new Map(a.map((x) => [x.id, x]))
      const inB = new Set<string>()
      for (const y of b) {
        inB.add(y.id)
        const x = byId.get(y.id)
        if (x === undefined) push('added', `${path}[${y.id}]`, undefined, y)
        else walk(x, y, `${path}[${y.id}]`)
      }
      for (const [id, x] of byId) if (!inB.has(id)) push('removed', `${path}[${id}]`, x, undefined)
      return
    }
    if (isObject(a) && isObject(b)) {
      for (const key of Object.keys(a)) {
        const p = path ? `${path}.${key}` : key
        if (!(key in b)) push('removed', p, a[key], undefined)
        else walk(a[key], b[key], p)
      }
      for (const key of Object.keys(b)) if (!(key in a)) push('added', path ? `${path}.${key}` : key, undefined, b[key])
      return
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) push('changed', path, a, b)
  }
  walk({ ...before, generatedAt: '' }, { ...after, generatedAt: '' }, '')
  return out
}

/** Counts per section, for a one-line summary ("needs: 3 added, 1 changed"). */
export function summarizeDiff(changes: readonly PlanChange[]): Record<string, { added: number; removed: number; changed: number }> {
  const out: Record<string, { added: number; removed: number; changed: number }> = {}
  for (const c of changes) {
    const s = (out[c.section] ??= { added: 0, removed: 0, changed: 0 })
    s[c.kind]++
  }
  return out
}
