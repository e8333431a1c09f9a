import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createFishbone, fishboneFromSwotItem } from '../../../../shared/doc/fishbone'
import { addCause, promoteToRootCause, tagCause } from '../../../../shared/doc/fishbone-causes'
import { linkCauseToFishbone } from '../../../../shared/doc/fishbone-links'
import { readFishbones } from '../../../../shared/doc/fishbone-read'
import { addSwotItem, createSwotBoard, setSwotEvidence, swotNotesText } from '../../../../shared/doc/swot'
import { readSwot } from '../../../../shared/doc/swot-read'
import { fishboneSnapshotInput, swotSnapshotInput } from '../../../../shared/domain/fishbone/snapshot-input'
import { snapshotPlan } from '../../../../shared/plan/snapshot'
import { must } from '../../doc/doc-pair'

const NOW = 1_700_000_000_000

function session() {
  const doc = new Y.Doc()
  must(createSwotBoard(doc, { boardId: 'board-1', title: 'Grade 7', now: NOW }))
  must(addSwotItem(doc, { boardId: 'board-1', itemId: 'w1', quadrant: 'weaknesses', text: 'Low 7th-grade math', now: NOW }))
  must(addSwotItem(doc, { boardId: 'board-1', itemId: 's1', quadrant: 'strengths', text: 'Strong PLCs', now: NOW }))
  must(setSwotEvidence(doc, 'board-1', 'w1', 'State test 31% proficient'))
  swotNotesText(doc, 'board-1', 'leverage')!.insert(0, 'PLC time')
  must(fishboneFromSwotItem(doc, { boardId: 'board-1', itemId: 'w1', fishboneId: 'f1', now: NOW }))
  must(createFishbone(doc, { fishboneId: 'f2', headText: 'Low science', now: NOW + 1 }))
  must(addCause(doc, { fishboneId: 'f1', causeId: 'induction', boneId: 'talent', text: 'Induction is not sufficient', now: NOW }))
  must(tagCause(doc, 'f1', 'induction', { kind: 'cause', actionable: 'yes', practiceCode: '2a' }))
  must(linkCauseToFishbone(doc, { fromFishboneId: 'f1', causeId: 'induction', toFishboneId: 'f2', boneId: 'talent', newCauseId: 'induction-2', now: NOW }))
  must(promoteToRootCause(doc, 'f1', 'induction'))
  must(promoteToRootCause(doc, 'f2', 'induction-2'))
  must(addCause(doc, { fishboneId: 'f1', causeId: 'scores', boneId: 'instruction', text: 'Low scores', now: NOW }))
  must(tagCause(doc, 'f1', 'scores', { kind: 'symptom', actionable: 'yes' }))
  must(promoteToRootCause(doc, 'f1', 'scores'))
  return doc
}

describe('board → snapshot input', () => {
  it('hands SWOT items, notes, heads and one entry per shared root cause to the plan', () => {
    const doc = session()
    const swot = swotSnapshotInput(readSwot(doc))
    const fish = fishboneSnapshotInput(readFishbones(doc))
    expect(swot.swot.map((i) => [i.id, i.quadrant, i.boardTitle])).toEqual([['s1', 'strengths', 'Grade 7'], ['w1', 'weaknesses', 'Grade 7']])
    expect(swot.leverageNotes).toEqual([{ id: 'board-1:leverage', text: 'PLC time' }])
    expect(fish.causes.map((c) => [c.id, c.systemic, c.headIds])).toEqual([['induction', true, ['f1', 'f2']]])
  })

  it('yields a plan whose root causes name both heads and the practice', () => {
    const doc = session()
    const plan = snapshotPlan({ ...swotSnapshotInput(readSwot(doc)), ...fishboneSnapshotInput(readFishbones(doc)) }, { now: '2025-01-01T00:00:00Z' })
    const causes = plan.sections.needs.dataAnalysis.rootCauses.causes
    expect(causes.map((c) => [c.text, c.practiceCode, c.systemic, c.heads])).toEqual([
      ['Induction is not sufficient', '2a', true, ['Low 7th-grade math', 'Low science']],
    ])
  })
})
