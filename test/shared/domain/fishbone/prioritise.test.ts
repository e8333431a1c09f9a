import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createFishbone, fishboneFromSwotItem } from '../../../../shared/doc/fishbone'
import { addCause, promoteToRootCause, setCauseEvidence, tagCause, type CauseTagPatch } from '../../../../shared/doc/fishbone-causes'
import { linkCauseToFishbone } from '../../../../shared/doc/fishbone-links'
import { readFishbones } from '../../../../shared/doc/fishbone-read'
import { addSwotItem, createSwotBoard } from '../../../../shared/doc/swot'
import { readSwot } from '../../../../shared/doc/swot-read'
import { prioritiseFishbone, rootCauseGaps, rootCauses, rootCausesForSwot } from '../../../../shared/domain/fishbone/prioritise'
import { tally } from '../../../../shared/domain/votes'
import { must } from '../../doc/doc-pair'

const NOW = 1_700_000_000_000

function diagram() {
  const doc = new Y.Doc()
  must(createSwotBoard(doc, { boardId: 'board-1', title: 'SWOT', now: NOW }))
  must(addSwotItem(doc, { boardId: 'board-1', itemId: 'w1', quadrant: 'weaknesses', text: 'Low 7th-grade math', now: NOW }))
  must(fishboneFromSwotItem(doc, { boardId: 'board-1', itemId: 'w1', fishboneId: 'f1', now: NOW }))
  const causes: [string, string, CauseTagPatch][] = [
    ['induction', 'talent', { kind: 'cause', actionable: 'yes', practiceCode: '2a' }],
    ['hiring', 'talent', { kind: 'cause', actionable: 'needs-district' }],
    ['scores', 'instruction', { kind: 'symptom', actionable: 'yes' }],
    ['funding', 'other', { kind: 'cause', actionable: 'no' }],
    ['untagged', 'culture', {}],
  ]
  for (const [id, bone, tags] of causes) {
    must(addCause(doc, { fishboneId: 'f1', causeId: id, boneId: bone, text: id, now: NOW }))
    must(tagCause(doc, 'f1', id, tags))
  }
  return doc
}

describe('prioritising causes', () => {
  it('ranks causes per bone and overall from a vote tally', () => {
    const doc = diagram()
    const f = readFishbones(doc).fishbones[0]!
    const { totals } = tally({ ann: { hiring: 2, scores: 1 }, bob: { hiring: 1, induction: 2 } }, 3, 2)
    const p = prioritiseFishbone(f, totals)
    expect(p.perBone.find((b) => b.boneId === 'talent')!.ranked.map((r) => [r.item.id, r.votes, r.rank])).toEqual([
      ['hiring', 3, 1],
      ['induction', 2, 2],
    ])
    expect(p.perBone.map((b) => b.ranked.length)).toEqual([0, 2, 1, 1, 1])
    expect(p.overall.slice(0, 3).map((r) => r.item.id)).toEqual(['hiring', 'induction', 'scores'])
  })

  it('feeds only prioritised, actionable causes (not symptoms) into "What are the root causes?"', () => {
    const doc = diagram()
    for (const id of ['induction', 'hiring', 'scores', 'funding', 'untagged']) must(promoteToRootCause(doc, 'f1', id))
    must(setCauseEvidence(doc, 'f1', 'induction', 'Exit interviews'))
    const list = rootCauses(readFishbones(doc))
    expect(list.map((r) => [r.causeId, r.practiceCode ?? null, r.needsDistrict, r.needsEvidence])).toEqual([
      ['induction', '2a', false, false],
      ['hiring', null, true, true],
    ])
    const bySwot = rootCausesForSwot(readSwot(doc), readFishbones(doc))
    expect(bySwot.get('board-1')!.map((r) => r.causeId)).toEqual(['induction', 'hiring'])
  })

  it.each([
    ['scores', ['symptom']],
    ['funding', ['not-actionable']],
    ['untagged', ['kind-untagged', 'actionable-untagged']],
    ['induction', []],
  ])('explains why %s is or is not a root cause', (id, gaps) => {
    const cause = readFishbones(diagram()).fishbones[0]!.causes.find((c) => c.id === id)!
    expect(rootCauseGaps(cause)).toEqual(gaps)
  })

  it('marks a linked cause systemic and lists it once when deduplicating for the plan', () => {
    const doc = diagram()
    must(createFishbone(doc, { fishboneId: 'f2', headText: 'Low science', now: NOW + 1 }))
    must(linkCauseToFishbone(doc, { fromFishboneId: 'f1', causeId: 'induction', toFishboneId: 'f2', boneId: 'talent', newCauseId: 'induction-2', now: NOW }))
    must(promoteToRootCause(doc, 'f1', 'induction'))
    must(promoteToRootCause(doc, 'f2', 'induction-2'))
    const state = readFishbones(doc)
    expect(rootCauses(state).map((r) => [r.causeId, r.systemic])).toEqual([['induction', true], ['induction-2', true]])
    expect(rootCauses(state, true).map((r) => r.causeId)).toEqual(['induction'])
  })
})
