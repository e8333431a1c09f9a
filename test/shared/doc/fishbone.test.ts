import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  addBone, createFishbone, deleteFishbone, fishboneFromSwotItem, fishboneHeadText, moveBone, renameBone, setHeadPolarity,
} from '../../../shared/doc/fishbone'
import { addCause, causeText, deleteCause, moveCause, promoteToRootCause, setCauseEvidence, tagCause } from '../../../shared/doc/fishbone-causes'
import { readFishbones } from '../../../shared/doc/fishbone-read'
import { addSwotItem, createSwotBoard } from '../../../shared/doc/swot'
import { readSwot } from '../../../shared/doc/swot-read'
import { docPair, must } from './doc-pair'

const NOW = 1_700_000_000_000
const FB = 'fish-1'

function fishbone(doc: Y.Doc) {
  must(createFishbone(doc, { fishboneId: FB, headText: 'Low 7th-grade math', now: NOW }))
}
const add = (doc: Y.Doc, causeId: string, where: { boneId?: string; parentId?: string }, text = causeId) =>
  must(addCause(doc, { fishboneId: FB, causeId, ...where, text, now: NOW }))
const read = (doc: Y.Doc) => readFishbones(doc).fishbones[0]!
const outline = (doc: Y.Doc) => read(doc).causes.map((c) => `${c.boneId}:${'  '.repeat(c.depth)}${c.text}`)

describe('fishbone diagrams', () => {
  it('starts with the Four Domains plus Other/External as ordered bones', () => {
    const { a, b } = docPair()
    fishbone(a)
    const f = read(b)
    expect(f.head).toEqual({ text: 'Low 7th-grade math', polarity: 'problem' })
    expect(f.bones.map((x) => x.label)).toEqual(['Leadership', 'Talent Development', 'Instructional Transformation', 'Culture Shift', 'Other/External'])
    expect(f.bones.map((x) => x.domain ?? null)).toEqual(['1', '2', '3', '4', null])
  })

  it('adds, renames and reorders bones', () => {
    const { a, b } = docPair()
    fishbone(a)
    must(addBone(b, { fishboneId: FB, id: 'policy', label: 'Policy', index: 0, now: NOW }))
    must(renameBone(a, FB, 'other', 'External factors'))
    must(moveBone(a, FB, 'leadership', 5))
    expect(read(b).bones.map((x) => x.label)).toEqual(['Policy', 'Talent Development', 'Instructional Transformation', 'Culture Shift', 'External factors', 'Leadership'])
    expect(addBone(a, { fishboneId: FB, id: 'policy', label: 'Again', now: NOW }).ok).toBe(false)
  })

  it('keeps several diagrams per workspace and switches a head to a bright spot', () => {
    const { a, b } = docPair()
    fishbone(a)
    must(createFishbone(b, { fishboneId: 'fish-2', headText: 'Reading gains', polarity: 'bright-spot', now: NOW + 1 }))
    must(setHeadPolarity(a, FB, 'bright-spot'))
    expect(readFishbones(a).fishbones.map((f) => [f.head.text, f.head.polarity])).toEqual([
      ['Low 7th-grade math', 'bright-spot'],
      ['Reading gains', 'bright-spot'],
    ])
  })

  it('turns a weakness into a linked fishbone head in one transaction, and unlinks on delete', () => {
    const { a, b } = docPair()
    must(createSwotBoard(a, { boardId: 'board-1', title: 'SWOT', now: NOW }))
    must(addSwotItem(a, { boardId: 'board-1', itemId: 'w1', quadrant: 'weaknesses', text: 'Low 7th-grade math', now: NOW }))
    let transactions = 0
    b.on('afterTransaction', () => transactions++)
    must(fishboneFromSwotItem(b, { boardId: 'board-1', itemId: 'w1', fishboneId: FB, now: NOW }))
    expect(transactions).toBe(1)
    expect(read(a).head).toEqual({ text: 'Low 7th-grade math', polarity: 'problem', swotBoardId: 'board-1', swotItemId: 'w1' })
    expect(readSwot(a).boards[0]!.quadrants.weaknesses[0]!.fishboneIds).toEqual([FB])
    must(deleteFishbone(a, FB))
    expect(readSwot(b).boards[0]!.quadrants.weaknesses[0]!.fishboneIds).toEqual([])
  })

  it('makes a strength into a bright-spot head', () => {
    const { a } = docPair()
    must(createSwotBoard(a, { boardId: 'board-1', title: 'SWOT', now: NOW }))
    must(addSwotItem(a, { boardId: 'board-1', itemId: 's1', quadrant: 'strengths', text: 'Reading gains', now: NOW }))
    must(fishboneFromSwotItem(a, { boardId: 'board-1', itemId: 's1', fishboneId: FB, now: NOW }))
    expect(read(a).head.polarity).toBe('bright-spot')
  })
})

describe('causes', () => {
  it('adds causes and sub-causes in order; a sub-cause sits on its parent’s bone', () => {
    const { a, b } = docPair()
    fishbone(a)
    add(a, 'turnover', { boneId: 'talent' })
    add(b, 'induction', { parentId: 'turnover' })
    add(a, 'pd', { boneId: 'talent' })
    add(b, 'schedule', { boneId: 'instruction' })
    add(a, 'mentors', { parentId: 'induction' })
    expect(outline(b)).toEqual(['talent:turnover', 'talent:  induction', 'talent:    mentors', 'talent:pd', 'instruction:schedule'])
    expect(addCause(a, { fishboneId: FB, causeId: 'x', boneId: 'nope', now: NOW }).ok).toBe(false)
    expect(addCause(a, { fishboneId: FB, causeId: 'x', parentId: 'nope', now: NOW }).ok).toBe(false)
  })

  it('tags a cause field by field, validates values and clears with null', () => {
    const { a, b } = docPair()
    fishbone(a)
    add(a, 'c1', { boneId: 'talent' })
    must(tagCause(a, FB, 'c1', { actionable: 'needs-district', kind: 'cause', practiceCode: '2a' }))
    must(tagCause(b, FB, 'c1', { withinControl: 'no', breakdownLevel: 'grade-band', systemic: 'yes' }))
    must(tagCause(b, FB, 'c1', { practiceCode: null }))
    const c = read(a).causes[0]!
    expect([c.actionable, c.kind, c.withinControl, c.breakdownLevel, c.systemicOverride, c.practiceCode]).toEqual([
      'needs-district', 'cause', 'no', 'grade-band', 'yes', undefined,
    ])
    // @ts-expect-error a value outside the vocabulary is refused at runtime too
    expect(tagCause(a, FB, 'c1', { actionable: 'maybe' }).ok).toBe(false)
    expect(tagCause(a, FB, 'c1', { practiceCode: '5z' as '1a' }).ok).toBe(false)
  })

  it('keeps concurrent tags on different fields of the same cause', () => {
    const pair = docPair()
    fishbone(pair.a)
    add(pair.a, 'c1', { boneId: 'talent' })
    pair.offline()
    must(tagCause(pair.a, FB, 'c1', { actionable: 'yes' }))
    must(tagCause(pair.b, FB, 'c1', { kind: 'symptom' }))
    pair.online()
    const c = read(pair.b).causes[0]!
    expect([c.actionable, c.kind]).toEqual(['yes', 'symptom'])
  })

  it('marks a cause "needs evidence" until it has evidence', () => {
    const { a, b } = docPair()
    fishbone(a)
    add(a, 'c1', { boneId: 'talent' })
    expect(read(b).causes[0]!.needsEvidence).toBe(true)
    must(setCauseEvidence(b, FB, 'c1', 'Exit surveys 2023'))
    expect(read(a).causes[0]!.needsEvidence).toBe(false)
  })

  it('moves a cause between bones and under another cause, taking its sub-causes along', () => {
    const { a, b } = docPair()
    fishbone(a)
    add(a, 'p', { boneId: 'talent' })
    add(a, 'kid', { parentId: 'p' })
    add(a, 'q', { boneId: 'culture' })
    must(moveCause(b, { fishboneId: FB, causeId: 'p', boneId: 'leadership' }))
    expect(outline(a)).toEqual(['leadership:p', 'leadership:  kid', 'culture:q'])
    must(moveCause(a, { fishboneId: FB, causeId: 'q', parentId: 'kid' }))
    expect(outline(b)).toEqual(['leadership:p', 'leadership:  kid', 'leadership:    q'])
    must(moveCause(a, { fishboneId: FB, causeId: 'q', parentId: null, index: 0 }))
    expect(outline(b)).toEqual(['leadership:q', 'leadership:p', 'leadership:  kid'])
    expect(moveCause(a, { fishboneId: FB, causeId: 'p', parentId: 'kid' })).toMatchObject({ ok: false, error: { code: 'invalid' } })
  })

  it('deletes a cause with all its sub-causes', () => {
    const { a, b } = docPair()
    fishbone(a)
    add(a, 'p', { boneId: 'talent' })
    add(a, 'k1', { parentId: 'p' })
    add(a, 'k2', { parentId: 'k1' })
    add(a, 'other', { boneId: 'talent' })
    expect([...must(deleteCause(b, FB, 'p'))].sort()).toEqual(['k1', 'k2', 'p'])
    expect(outline(a)).toEqual(['talent:other'])
  })

  it('promotes a cause to a prioritised root cause and back', () => {
    const { a, b } = docPair()
    fishbone(a)
    add(a, 'c1', { boneId: 'talent' })
    must(promoteToRootCause(b, FB, 'c1'))
    expect(read(a).causes[0]!.prioritised).toBe(true)
    must(promoteToRootCause(a, FB, 'c1', false))
    expect(read(b).causes[0]!.prioritised).toBe(false)
  })
})

describe('fishbone concurrency', () => {
  it('keeps both people’s typing in the same cause and in the head', () => {
    const pair = docPair()
    fishbone(pair.a)
    add(pair.a, 'c1', { boneId: 'talent' }, 'turnover')
    pair.offline()
    causeText(pair.a, FB, 'c1', 'text')!.insert(0, 'High ')
    causeText(pair.b, FB, 'c1', 'text')!.insert(8, ' of new staff')
    fishboneHeadText(pair.b, FB)!.insert(0, 'Very ')
    pair.online()
    expect(read(pair.a).causes[0]!.text).toBe('High turnover of new staff')
    expect(read(pair.b).head.text).toBe('Very Low 7th-grade math')
  })

  it('keeps both a move and a concurrent text edit of the same cause', () => {
    const pair = docPair()
    fishbone(pair.a)
    add(pair.a, 'c1', { boneId: 'talent' }, 'turnover')
    pair.offline()
    must(moveCause(pair.a, { fishboneId: FB, causeId: 'c1', boneId: 'culture' }))
    causeText(pair.b, FB, 'c1', 'text')!.insert(8, ' of new staff')
    pair.online()
    for (const doc of [pair.a, pair.b]) expect(outline(doc)).toEqual(['culture:turnover of new staff'])
  })

  it('still shows every cause when two concurrent moves make a cycle', () => {
    const pair = docPair()
    fishbone(pair.a)
    add(pair.a, 'x', { boneId: 'talent' })
    add(pair.a, 'y', { boneId: 'talent' })
    pair.offline()
    must(moveCause(pair.a, { fishboneId: FB, causeId: 'x', parentId: 'y' }))
    must(moveCause(pair.b, { fishboneId: FB, causeId: 'y', parentId: 'x' }))
    pair.online()
    expect(outline(pair.a)).toEqual(['talent:x', 'talent:  y'])
    expect(outline(pair.b)).toEqual(outline(pair.a))
  })

  it('keeps a sub-cause added while its parent is deleted, as a top-level cause on its bone', () => {
    const pair = docPair()
    fishbone(pair.a)
    add(pair.a, 'p', { boneId: 'talent' })
    pair.offline()
    must(deleteCause(pair.a, FB, 'p'))
    add(pair.b, 'late', { parentId: 'p' })
    pair.online()
    expect(outline(pair.a)).toEqual(['talent:late'])
  })
})
