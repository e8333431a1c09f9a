/**
 * The order a person reads a whiteboard in (WCAG 1.3.2 for the "Board contents" list): rows from
 * top to bottom, and left to right inside a row. Two items share a row when their vertical extents
 * overlap by at least half of the shorter one, so a note a few pixels lower than its neighbour is
 * not read after everything else on the line. Pure: boxes in page coordinates in, ids out.
 */
export interface PlacedItem {
  readonly id: string
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

const sameRow = (a: PlacedItem, b: PlacedItem): boolean => {
  const overlap = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
  return overlap >= Math.min(a.h, b.h) / 2
}

/** Ids in reading order; ties (same position) keep a stable order by id. */
export function readingOrder(items: readonly PlacedItem[]): string[] {
  const byTop = [...items].sort((a, b) => a.y - b.y || a.x - b.x || a.id.localeCompare(b.id))
  const rows: PlacedItem[][] = []
  for (const item of byTop) {
    // rows are built top-down, so an item can only join the row started last
    const row = rows.at(-1)
    if (row?.[0] && sameRow(row[0], item)) row.push(item)
    else rows.push([item])
  }
  return rows.flatMap((row) => [...row].sort((a, b) => a.x - b.x || a.id.localeCompare(b.id)).map((i) => i.id))
}

/** "Note 2", "Text 1", "Rectangle 3": a name per kind, numbered in reading order. */
export function numberedNames(kinds: readonly { readonly id: string; readonly kind: string }[]): Map<string, string> {
  const seen = new Map<string, number>()
  const out = new Map<string, string>()
  for (const { id, kind } of kinds) {
    const n = (seen.get(kind) ?? 0) + 1
    seen.set(kind, n)
    out.set(id, `${kind} ${n}`)
  }
  return out
}
