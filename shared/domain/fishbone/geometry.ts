/**
 * Plain 2-D geometry for the fishbone layout: axis-aligned rectangles and line segments (SVG user
 * units, y grows downwards), their bounding boxes and intersection tests.
 */

export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface Segment {
  readonly x1: number
  readonly y1: number
  readonly x2: number
  readonly y2: number
}

export const right = (r: Rect): number => r.x + r.width
export const bottom = (r: Rect): number => r.y + r.height

export function segmentBox(s: Segment): Rect {
  const x = Math.min(s.x1, s.x2)
  const y = Math.min(s.y1, s.y2)
  return { x, y, width: Math.abs(s.x2 - s.x1), height: Math.abs(s.y2 - s.y1) }
}

export function translateRect(r: Rect, dx: number): Rect {
  return { ...r, x: r.x + dx }
}

export function translateSegment(s: Segment, dx: number): Segment {
  return { x1: s.x1 + dx, y1: s.y1, x2: s.x2 + dx, y2: s.y2 }
}

/** Interiors overlap (touching edges do not count). */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a)
}

export function unionBox(rects: readonly Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 }
  let x1 = Infinity
  let y1 = Infinity
  let x2 = -Infinity
  let y2 = -Infinity
  for (const r of rects) {
    x1 = Math.min(x1, r.x)
    y1 = Math.min(y1, r.y)
    x2 = Math.max(x2, right(r))
    y2 = Math.max(y2, bottom(r))
  }
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 }
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && right(inner) <= right(outer) && bottom(inner) <= bottom(outer)
}

/** Does the segment pass through the rectangle's interior? (Liang–Barsky clipping.) */
export function segmentCrossesRect(s: Segment, r: Rect): boolean {
  const dx = s.x2 - s.x1
  const dy = s.y2 - s.y1
  let t0 = 0
  let t1 = 1
  const edges: readonly [number, number][] = [
    [-dx, s.x1 - r.x],
    [dx, right(r) - s.x1],
    [-dy, s.y1 - r.y],
    [dy, bottom(r) - s.y1],
  ]
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false
      continue
    }
    const t = q / p
    if (p < 0) t0 = Math.max(t0, t)
    else t1 = Math.min(t1, t)
    if (t0 >= t1) return false
  }
  return true
}
