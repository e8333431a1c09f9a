/**
 * Pure geometry for an SVG fishbone: head box at the right end of a horizontal spine (y = 0), bones
 * slanting back from the spine, alternating above and below, causes as labelled horizontal branches
 * and sub-causes on stems parallel to their bone. Guarantee: no two labels overlap and everything
 * lies inside `viewBox` — each bone is packed leftwards against the bones already placed on its side.
 */
import { type Rect, type Segment, bottom, right, segmentBox, translateRect, translateSegment, unionBox } from './geometry'
import { approximateMeasure, type Measure, wrapText } from './wrap'

export interface LayoutInput {
  readonly head: { readonly text: string }
  /** display order */
  readonly bones: readonly { readonly id: string; readonly label: string }[]
  /** display order among siblings; a `Fishbone` from readFishbones fits as is */
  readonly causes: readonly { readonly id: string; readonly boneId: string; readonly parentId?: string; readonly text: string }[]
}

export interface LaidLabel {
  readonly rect: Rect
  readonly lines: readonly string[]
  readonly fontSize: number
  readonly lineHeight: number
  /** SVG text-anchor for the lines inside `rect` */
  readonly align: 'start' | 'middle' | 'end'
  /** lines were cut: show the full text on hover/focus */
  readonly truncated: boolean
}
export interface LaidBone {
  readonly id: string
  readonly side: 'above' | 'below'
  readonly line: Segment
  readonly label: LaidLabel
}
export interface LaidCause {
  readonly id: string
  readonly boneId: string
  readonly parentId?: string
  readonly depth: number
  readonly label: LaidLabel
  /** the line the label sits on, from its left end to the bone (or the parent's stem) */
  readonly branch: Segment
  /** for a cause with sub-causes: the line their branches meet, parallel to the bone */
  readonly stem?: Segment
}
export interface FishboneLayout {
  readonly viewBox: Rect
  readonly spine: Segment
  readonly head: { readonly box: Rect; readonly label: LaidLabel }
  readonly bones: readonly LaidBone[]
  readonly causes: readonly LaidCause[]
}

export const LAYOUT_DEFAULTS = {
  measure: approximateMeasure as Measure,
  fontSize: { head: 16, bone: 14, cause: 13, subCause: 12 },
  maxWidth: { head: 200, bone: 160, cause: 180 },
  maxLines: { head: 6, bone: 2, cause: 4 },
  lineHeight: 1.3,
  /** horizontal run of a bone per unit of height (≈63° from the spine) */
  slope: 0.5,
  /** extra left shift per sub-cause level, and the stem offset */
  indent: 24,
  /** clearance between a label and the line it sits against, and between packed bones */
  gap: 8,
  rowGap: 10,
  /** distance from the spine to the nearest label */
  spinePad: 28,
  minBoneLength: 70,
  boneSpacing: 48,
  headPadding: 10,
  margin: 16,
}
export type LayoutOptions = typeof LAYOUT_DEFAULTS

interface Row {
  readonly id: string
  readonly parentId?: string
  readonly depth: number
  readonly text: string
}

/** Depth-first rows of one bone, rebuilt from parent links so a subtree is always contiguous. */
function boneRows(input: LayoutInput, boneId: string): Row[] {
  const onBone = input.causes.filter((c) => c.boneId === boneId)
  const ids = new Set(onBone.map((c) => c.id))
  const rows: Row[] = []
  const visit = (id: string | undefined, depth: number, seen: Set<string>): void => {
    for (const c of onBone) {
      const parent = c.parentId !== undefined && ids.has(c.parentId) ? c.parentId : undefined
      if (parent !== id || seen.has(c.id)) continue
      seen.add(c.id)
      rows.push({ id: c.id, depth, text: c.text, ...(parent !== undefined && { parentId: parent }) })
      visit(c.id, depth + 1, seen)
    }
  }
  visit(undefined, 0, new Set())
  return rows
}

function label(text: string, kind: 'head' | 'bone' | 'cause' | 'subCause', o: LayoutOptions): Omit<LaidLabel, 'rect'> & { w: number; h: number } {
  const fontSize = o.fontSize[kind]
  const limit = kind === 'subCause' ? 'cause' : kind
  const wrapped = wrapText(text, o.maxWidth[limit], fontSize, o.maxLines[limit], o.measure)
  const lineHeight = Math.ceil(fontSize * o.lineHeight)
  const lines = wrapped.lines.length > 0 ? wrapped.lines : ['']
  const align = kind === 'cause' || kind === 'subCause' ? 'end' : 'middle'
  return { lines, fontSize, lineHeight, align, truncated: wrapped.truncated, w: Math.max(wrapped.width, o.indent), h: lines.length * lineHeight }
}

interface BoneGeometry {
  bone: LaidBone
  causes: LaidCause[]
  /** everything drawn, as boxes: what later bones must keep clear of */
  obstacles: Rect[]
}

/** One bone with its base at x = 0 on the spine. */
function layoutBone(input: LayoutInput, id: string, text: string, side: 'above' | 'below', o: LayoutOptions): BoneGeometry {
  const s = side === 'above' ? -1 : 1
  const xBone = (y: number): number => -o.slope * Math.abs(y)
  const rows = boneRows(input, id).map((r) => ({ ...r, l: label(r.text, r.depth === 0 ? 'cause' : 'subCause', o) }))
  const total = rows.reduce((sum, r) => sum + r.l.h, 0) + o.rowGap * Math.max(0, rows.length - 1)
  let cursor = side === 'above' ? -(o.spinePad + total) : o.spinePad
  const branchY = new Map<string, number>()
  const causes: LaidCause[] = []
  for (const r of rows) {
    const top = cursor
    const bot = top + r.l.h
    cursor = bot + o.rowGap
    // the bone leans away as it leaves the spine, so clear it at the band's far edge
    const xr = xBone(side === 'above' ? top : bot) - o.gap - r.depth * o.indent
    const { w, h, ...rest } = r.l
    branchY.set(r.id, bot)
    causes.push({
      id: r.id,
      boneId: id,
      depth: r.depth,
      ...(r.parentId !== undefined && { parentId: r.parentId }),
      label: { ...rest, rect: { x: xr - w, y: top, width: w, height: h } },
      branch: { x1: xr - w, y1: bot, x2: xBone(bot) - r.depth * o.indent, y2: bot },
    })
  }
  const withStems = causes.map((c) => {
    const kids = causes.filter((k) => k.parentId === c.id)
    const last = kids[kids.length - 1]
    if (!last) return c
    const x = (y: number): number => xBone(y) - (c.depth + 1) * o.indent
    const y1 = branchY.get(c.id) as number
    const y2 = branchY.get(last.id) as number
    return { ...c, stem: { x1: x(y1), y1, x2: x(y2), y2 } }
  })
  const reach = rows.length > 0 ? o.spinePad + total + o.rowGap : o.minBoneLength
  const yEnd = s * reach
  const line: Segment = { x1: 0, y1: 0, x2: xBone(yEnd), y2: yEnd }
  const { w, h, ...rest } = label(text, 'bone', o)
  const labelRect: Rect = { x: line.x2 - w / 2, y: side === 'above' ? yEnd - 4 - h : yEnd + 4, width: w, height: h }
  // the bone line as slices between row edges, so its box hugs the slant instead of one big box
  const ys = [0, ...causes.flatMap((c) => [c.label.rect.y, bottom(c.label.rect)]), yEnd].sort((a, b) => Math.abs(a) - Math.abs(b))
  const slices = ys.slice(1).map((y, i) => segmentBox({ x1: xBone(ys[i] as number), y1: ys[i] as number, x2: xBone(y), y2: y }))
  const obstacles = [
    labelRect,
    ...slices,
    ...withStems.flatMap((c) => [c.label.rect, segmentBox(c.branch), ...(c.stem ? [segmentBox(c.stem)] : [])]),
  ]
  return { bone: { id, side, line, label: { ...rest, rect: labelRect } }, causes: withStems, obstacles }
}

function shifted(g: BoneGeometry, dx: number): BoneGeometry {
  return {
    bone: { ...g.bone, line: translateSegment(g.bone.line, dx), label: { ...g.bone.label, rect: translateRect(g.bone.label.rect, dx) } },
    causes: g.causes.map((c) => ({
      ...c,
      label: { ...c.label, rect: translateRect(c.label.rect, dx) },
      branch: translateSegment(c.branch, dx),
      ...(c.stem && { stem: translateSegment(c.stem, dx) }),
    })),
    obstacles: g.obstacles.map((r) => translateRect(r, dx)),
  }
}

/** Rightmost base x for a bone whose local boxes are `items`, clear of `placed` boxes on its side. */
function packLeft(items: readonly Rect[], placed: readonly Rect[], start: number, gap: number): number {
  let bx = start
  for (const a of items)
    for (const b of placed) if (a.y < bottom(b) + gap && b.y < bottom(a) + gap) bx = Math.min(bx, b.x - gap - right(a))
  return bx
}

export function layoutFishbone(input: LayoutInput, options: Partial<LayoutOptions> = {}): FishboneLayout {
  const o: LayoutOptions = { ...LAYOUT_DEFAULTS, ...options }
  const { w, h, ...rest } = label(input.head.text, 'head', o)
  const box: Rect = { x: 0, y: -(h / 2 + o.headPadding), width: w + 2 * o.headPadding, height: h + 2 * o.headPadding }
  const head = { box, label: { ...rest, rect: { x: o.headPadding, y: -h / 2, width: w, height: h } } }
  const placed = { above: [box] as Rect[], below: [box] as Rect[] }
  const base = { above: 0, below: 0 }
  const bones: LaidBone[] = []
  const causes: LaidCause[] = []
  input.bones.forEach((b, i) => {
    const side = i % 2 === 0 ? 'above' : 'below'
    const local = layoutBone(input, b.id, b.label, side, o)
    const bx = packLeft(local.obstacles, placed[side], base[side] - o.boneSpacing, o.gap)
    const g = shifted(local, bx)
    placed[side].push(...g.obstacles)
    base[side] = bx
    bones.push(g.bone)
    causes.push(...g.causes)
  })
  const spine: Segment = { x1: Math.min(base.above, base.below) - o.boneSpacing, y1: 0, x2: 0, y2: 0 }
  const all = unionBox([...placed.above, ...placed.below, segmentBox(spine)])
  const viewBox = { x: all.x - o.margin, y: all.y - o.margin, width: all.width + 2 * o.margin, height: all.height + 2 * o.margin }
  return { viewBox, spine, head, bones, causes }
}
