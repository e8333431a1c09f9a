import { describe, expect, it } from 'vitest'
import { DEFAULT_BONES } from '../../../../shared/content/fishbone'
import { contains, rectsOverlap, segmentBox, segmentCrossesRect, type Rect } from '../../../../shared/domain/fishbone/geometry'
import { layoutFishbone, type FishboneLayout, type LayoutInput } from '../../../../shared/domain/fishbone/layout'
import type { Measure } from '../../../../shared/domain/fishbone/wrap'

const PHRASES = [
  'High teacher turnover',
  'New induction program is not sufficient',
  'Math teachers lack instructional strategies and pedagogy to provide adequate instruction',
  'Two teachers are new and one is a long term substitute',
  'PLC time used for logistics',
  'No common formative assessments in grade 7',
  'Walkthrough feedback is rare',
  'Curriculum not aligned to standards',
  'Students disengaged',
  'Principal turnover every two years',
  'District hiring timeline is late in the summer',
  'Family communication only in English',
  'Intervention block competes with electives',
  'Data meetings focus on compliance rather than instruction',
  'Coaching',
]

/** 40 causes over the five default bones (10/9/8/7/6), a third of them sub-causes up to two deep. */
function fixture(count = 40): LayoutInput {
  const perBone = [10, 9, 8, 7, 6].map((n) => Math.round((n * count) / 40))
  const causes: { id: string; boneId: string; parentId?: string; text: string }[] = []
  let k = 0
  DEFAULT_BONES.forEach((bone, b) => {
    let lastTop: string | undefined
    let lastSub: string | undefined
    for (let i = 0; i < (perBone[b] ?? 0); i++) {
      const id = `c${k}`
      const text = PHRASES[(k * 7) % PHRASES.length] as string
      const role = i % 3
      if (role === 1 && lastTop) {
        causes.push({ id, boneId: bone.id, parentId: lastTop, text })
        lastSub = id
      } else if (role === 2 && lastSub && i % 2 === 0) {
        causes.push({ id, boneId: bone.id, parentId: lastSub, text })
      } else {
        causes.push({ id, boneId: bone.id, text })
        lastTop = id
      }
      k++
    }
  })
  return { head: { text: 'Low student math performance in seventh grade' }, bones: DEFAULT_BONES, causes }
}

function labels(l: FishboneLayout): { id: string; rect: Rect }[] {
  return [
    { id: 'head', rect: l.head.box },
    ...l.bones.map((b) => ({ id: `bone:${b.id}`, rect: b.label.rect })),
    ...l.causes.map((c) => ({ id: `cause:${c.id}`, rect: c.label.rect })),
  ]
}
function overlaps(l: FishboneLayout): string[] {
  const all = labels(l)
  const out: string[] = []
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) if (rectsOverlap(all[i]!.rect, all[j]!.rect)) out.push(`${all[i]!.id} × ${all[j]!.id}`)
  return out
}
function segments(l: FishboneLayout) {
  return [
    { id: 'spine', s: l.spine },
    ...l.bones.map((b) => ({ id: `bone:${b.id}`, s: b.line })),
    ...l.causes.flatMap((c) => [{ id: `branch:${c.id}`, s: c.branch }, ...(c.stem ? [{ id: `stem:${c.id}`, s: c.stem }] : [])]),
  ]
}

const wideMeasure: Measure = (text, fontSize) => text.length * fontSize * 0.75

describe('fishbone layout', () => {
  it.each([
    ['40 causes, estimated widths', 40, undefined],
    ['40 causes, a wider font', 40, wideMeasure],
    ['80 causes', 80, undefined],
  ])('places %s with no overlapping labels, all inside the viewBox', (_name, count, measure) => {
    const input = fixture(count)
    const layout = layoutFishbone(input, measure ? { measure } : {})
    expect(layout.causes).toHaveLength(input.causes.length)
    expect(layout.causes.filter((c) => c.depth > 0).length).toBeGreaterThanOrEqual(count / 5)
    expect(overlaps(layout)).toEqual([])
    for (const { rect } of labels(layout)) expect(contains(layout.viewBox, rect)).toBe(true)
    for (const { s } of segments(layout)) expect(contains(layout.viewBox, segmentBox(s))).toBe(true)
  })

  it('draws no line through any label', () => {
    const layout = layoutFishbone(fixture(40))
    const crossings = segments(layout).flatMap(({ id, s }) =>
      labels(layout)
        .filter((lab) => lab.id !== 'head' && segmentCrossesRect(s, lab.rect))
        .map((lab) => `${id} through ${lab.id}`),
    )
    expect(crossings).toEqual([])
  })

  it('alternates bones above and below the spine, with the head at its right end', () => {
    const layout = layoutFishbone(fixture(40))
    expect(layout.bones.map((b) => b.side)).toEqual(['above', 'below', 'above', 'below', 'above'])
    for (const b of layout.bones) {
      expect(b.line.y1).toBe(0)
      expect(b.side === 'above' ? b.line.y2 < 0 : b.line.y2 > 0).toBe(true)
      expect(b.line.x1).toBeLessThan(layout.head.box.x)
    }
    expect(layout.spine.x2).toBe(layout.head.box.x)
  })

  it('nests sub-causes: deeper rows sit further from the bone, on a stem from their parent’s branch', () => {
    const layout = layoutFishbone(fixture(40))
    const byId = new Map(layout.causes.map((c) => [c.id, c]))
    for (const c of layout.causes.filter((x) => x.parentId !== undefined)) {
      const parent = byId.get(c.parentId!)!
      expect(c.depth).toBe(parent.depth + 1)
      expect(parent.stem).toBeDefined()
      // the child's branch ends on the parent's stem line
      const stem = parent.stem!
      const t = (c.branch.y2 - stem.y1) / (stem.y2 - stem.y1 || 1)
      expect(c.branch.x2).toBeCloseTo(stem.x1 + t * (stem.x2 - stem.x1), 6)
    }
  })

  it('wraps long labels with the injected measure, and flags text cut to the line limit', () => {
    const long = 'Supercalifragilisticexpialidocious '.repeat(20).trim()
    const layout = layoutFishbone({ head: { text: 'Head' }, bones: [{ id: 'b', label: 'Bone' }], causes: [{ id: 'c', boneId: 'b', text: long }] })
    const cause = layout.causes[0]!
    expect(cause.label.truncated).toBe(true)
    expect(cause.label.lines.length).toBe(4)
    expect(cause.label.lines[3]!.endsWith('…')).toBe(true)
    expect(cause.label.rect.width).toBeLessThanOrEqual(180)
  })

  it('lays out an empty diagram and one with no bones', () => {
    const empty = layoutFishbone({ head: { text: '' }, bones: DEFAULT_BONES, causes: [] })
    expect(overlaps(empty)).toEqual([])
    const bare = layoutFishbone({ head: { text: 'Just a head' }, bones: [], causes: [] })
    expect(contains(bare.viewBox, bare.head.box)).toBe(true)
  })
})
