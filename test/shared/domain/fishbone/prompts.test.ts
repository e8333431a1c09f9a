import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { NUDGES, type NudgeId } from '../../../../shared/content/fishbone'
import { createFishbone } from '../../../../shared/doc/fishbone'
import { addCause, promoteToRootCause, tagCause, type CauseTagPatch } from '../../../../shared/doc/fishbone-causes'
import { readFishbones } from '../../../../shared/doc/fishbone-read'
import { causeNudges, fishboneNudges, moneyTimeBlame, nudgeText } from '../../../../shared/domain/fishbone/prompts'
import { must } from '../../doc/doc-pair'

const NOW = 1_700_000_000_000

function causeWith(tags: CauseTagPatch, text = 'Induction is thin') {
  const doc = new Y.Doc()
  must(createFishbone(doc, { fishboneId: 'f', headText: 'Low math', now: NOW }))
  must(addCause(doc, { fishboneId: 'f', causeId: 'c', boneId: 'talent', text, now: NOW }))
  must(tagCause(doc, 'f', 'c', tags))
  return readFishbones(doc).fishbones[0]!.causes[0]!
}

describe('coaching nudges', () => {
  it('resolves every nudge to verbatim prompt text', () => {
    for (const id of Object.keys(NUDGES) as NudgeId[]) expect(nudgeText(id), id).not.toBe('')
    expect(nudgeText('causeOrSymptom')).toBe('Is this a cause or a symptom?')
    expect(nudgeText('moneyTimeBlame')).toBe('Root cause questions: Ask questions to move beyond money, time, and blame.')
  })

  it.each([
    ['an untagged cause', {}, ['evidence', 'causeOrSymptom', 'actionable', 'control']],
    ['a symptom', { kind: 'symptom', actionable: 'yes', withinControl: 'yes' }, ['evidence', 'digDeeper']],
    ['an actionable cause without a practice code', { kind: 'cause', actionable: 'yes', withinControl: 'yes', evidenceLink: 'https://x.org/a' }, ['practice']],
    ['a fully tagged cause', { kind: 'cause', actionable: 'yes', withinControl: 'yes', practiceCode: '2a', evidenceLink: 'https://x.org/a' }, []],
  ] as [string, CauseTagPatch, NudgeId[]][])('asks the right questions about %s', (_name, tags, nudges) => {
    expect(causeNudges(causeWith(tags))).toEqual(nudges)
  })

  it('asks where the breakdown is for a systemic cause without a level', () => {
    expect(causeNudges(causeWith({}), { systemic: true })).toContain('breakdown')
  })

  it.each([
    ['Not enough money for coaches', ['money']],
    ['No time in the schedule for PLCs', ['time']],
    ["Parents don't care", ['blame']],
    ['Induction program lacks classroom-embedded support', []],
    ['Sometimes assessments are misaligned', []],
  ])('hears money, time or blame in "%s"', (text, kinds) => {
    expect(moneyTimeBlame(text)).toEqual(kinds)
  })

  it('nudges a diagram whose causes cluster on money, time and blame, and bones needing prioritising', () => {
    const doc = new Y.Doc()
    must(createFishbone(doc, { fishboneId: 'f', headText: 'Low math', polarity: 'bright-spot', now: NOW }))
    const texts = ['No money', 'No time', 'Teachers are lazy', 'Curriculum gaps']
    texts.forEach((text, i) => must(addCause(doc, { fishboneId: 'f', causeId: `c${i}`, boneId: 'talent', text, now: NOW })))
    const ids = () => fishboneNudges(readFishbones(doc).fishbones[0]!).map((n) => n.id)
    expect(ids()).toEqual(['spread', 'moneyTimeBlame', 'prioritise'])
    must(promoteToRootCause(doc, 'f', 'c3'))
    expect(ids()).toEqual(['spread', 'moneyTimeBlame'])
  })
})
