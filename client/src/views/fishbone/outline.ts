/**
 * The outline editor's rows, pure: a fishbone flattened into tree rows (bones at level 1, causes
 * below) with the ARIA position facts a screen reader announces, and which rows a collapse hides.
 */
import type { Cause, Fishbone } from '../../../../shared/doc/fishbone-read'

interface RowBase {
  /** unique across bones and causes: `bone:<id>` or `cause:<id>` */
  readonly key: string
  readonly id: string
  readonly boneId: string
  /** aria-level: bones 1, top-level causes 2, sub-causes 3 … */
  readonly level: number
  readonly posinset: number
  readonly setsize: number
  readonly hasChildren: boolean
  /** key of the row this one hangs under */
  readonly parentKey?: string
}
export interface BoneRow extends RowBase {
  readonly kind: 'bone'
  readonly label: string
  readonly causeCount: number
}
export interface CauseRow extends RowBase {
  readonly kind: 'cause'
  readonly cause: Cause
}
export type OutlineRow = BoneRow | CauseRow

export const boneKey = (id: string): string => `bone:${id}`
export const causeKey = (id: string): string => `cause:${id}`

/** Causes that share a place (same bone, same parent), in display order. */
export function siblingsOf(fishbone: Fishbone, cause: Pick<Cause, 'boneId' | 'parentId'>): readonly Cause[] {
  return fishbone.causes.filter((c) => c.boneId === cause.boneId && c.parentId === cause.parentId)
}

export function flattenOutline(fishbone: Fishbone): OutlineRow[] {
  const childCount = new Map<string, number>()
  for (const c of fishbone.causes) if (c.parentId !== undefined) childCount.set(c.parentId, (childCount.get(c.parentId) ?? 0) + 1)
  const rows: OutlineRow[] = []
  fishbone.bones.forEach((bone, i) => {
    const onBone = fishbone.causes.filter((c) => c.boneId === bone.id)
    rows.push({
      kind: 'bone',
      key: boneKey(bone.id),
      id: bone.id,
      boneId: bone.id,
      label: bone.label,
      level: 1,
      posinset: i + 1,
      setsize: fishbone.bones.length,
      hasChildren: onBone.length > 0,
      causeCount: onBone.length,
    })
    for (const cause of onBone) {
      const siblings = siblingsOf(fishbone, cause)
      rows.push({
        kind: 'cause',
        key: causeKey(cause.id),
        id: cause.id,
        boneId: bone.id,
        level: cause.depth + 2,
        posinset: siblings.findIndex((s) => s.id === cause.id) + 1,
        setsize: siblings.length,
        hasChildren: (childCount.get(cause.id) ?? 0) > 0,
        parentKey: cause.parentId !== undefined ? causeKey(cause.parentId) : boneKey(bone.id),
        cause,
      })
    }
  })
  return rows
}

/** Rows left visible when the rows in `collapsed` (by key) hide everything under them. */
export function visibleRows(rows: readonly OutlineRow[], collapsed: ReadonlySet<string>): OutlineRow[] {
  const hidden = new Set<string>()
  const out: OutlineRow[] = []
  for (const row of rows) {
    if (row.parentKey !== undefined && (hidden.has(row.parentKey) || collapsed.has(row.parentKey))) {
      hidden.add(row.key)
      continue
    }
    out.push(row)
  }
  return out
}

/** The row to focus when `key` has gone (deleted or hidden): the nearest row before it, else the first. */
export function fallbackKey(before: readonly OutlineRow[], after: readonly OutlineRow[], key: string): string | undefined {
  if (after.some((r) => r.key === key)) return key
  const at = before.findIndex((r) => r.key === key)
  const present = new Set(after.map((r) => r.key))
  for (let i = at - 1; i >= 0; i--) {
    const k = (before[i] as OutlineRow).key
    if (present.has(k)) return k
  }
  return after[0]?.key
}
