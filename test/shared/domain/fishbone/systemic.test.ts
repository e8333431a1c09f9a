import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createFishbone } from '../../../../shared/doc/fishbone'
import { addCause, tagCause } from '../../../../shared/doc/fishbone-causes'
import { linkCauseToFishbone } from '../../../../shared/doc/fishbone-links'
import { readFishbones } from '../../../../shared/doc/fishbone-read'
import { systemicIndex } from '../../../../shared/domain/fishbone/systemic'
import { docPair, must } from '../../doc/doc-pair'

const NOW = 1_700_000_000_000

/** District A (seed 002 step 2b): three trends, one underlying cause — PD implementation. */
function districtA(doc: Y.Doc) {
  for (const [id, head] of [['misbehavior', 'Student misbehavior'], ['rigor', 'Rigor'], ['delivery', 'Content delivery']] as const)
    must(createFishbone(doc, { fishboneId: id, headText: head, now: NOW }))
  must(addCause(doc, { fishboneId: 'misbehavior', causeId: 'pd', boneId: 'talent', text: 'PD implementation', now: NOW }))
  must(addCause(doc, { fishboneId: 'misbehavior', causeId: 'lonely', boneId: 'culture', text: 'Only here', now: NOW }))
}
const find = (doc: Y.Doc, fishboneId: string, causeId: string) => {
  const state = readFishbones(doc)
  const cause = state.fishbones.find((f) => f.id === fishboneId)!.causes.find((c) => c.id === causeId)!
  return { cause, info: systemicIndex(state)(cause) }
}

describe('systemic root causes', () => {
  it('flags a cause as systemic once it is linked under a second head, on every copy', () => {
    const { a, b } = docPair()
    districtA(a)
    expect(find(b, 'misbehavior', 'pd').info.systemic).toBe(false)
    must(linkCauseToFishbone(b, { fromFishboneId: 'misbehavior', causeId: 'pd', toFishboneId: 'rigor', boneId: 'talent', newCauseId: 'pd-r', now: NOW }))
    must(linkCauseToFishbone(a, { fromFishboneId: 'rigor', causeId: 'pd-r', toFishboneId: 'delivery', boneId: 'instruction', newCauseId: 'pd-d', now: NOW }))
    for (const [f, c] of [['misbehavior', 'pd'], ['rigor', 'pd-r'], ['delivery', 'pd-d']] as const) {
      expect(find(a, f, c).info).toEqual({ systemic: true, automatic: true, fishboneIds: ['delivery', 'misbehavior', 'rigor'] })
    }
    expect(find(a, 'delivery', 'pd-d').cause.text).toBe('PD implementation')
    expect(find(a, 'misbehavior', 'lonely').info.systemic).toBe(false)
  })

  it('lets a manual tag override the automatic answer either way', () => {
    const { a } = docPair()
    districtA(a)
    must(linkCauseToFishbone(a, { fromFishboneId: 'misbehavior', causeId: 'pd', toFishboneId: 'rigor', boneId: 'talent', newCauseId: 'pd-r', now: NOW }))
    must(tagCause(a, 'misbehavior', 'pd', { systemic: 'no' }))
    must(tagCause(a, 'misbehavior', 'lonely', { systemic: 'yes' }))
    expect(find(a, 'misbehavior', 'pd').info).toMatchObject({ systemic: false, automatic: true })
    expect(find(a, 'misbehavior', 'lonely').info).toMatchObject({ systemic: true, automatic: false })
  })

  it('agrees on the shared key when two people link the same cause to different heads at once', () => {
    const pair = docPair()
    districtA(pair.a)
    pair.offline()
    must(linkCauseToFishbone(pair.a, { fromFishboneId: 'misbehavior', causeId: 'pd', toFishboneId: 'rigor', boneId: 'talent', newCauseId: 'pd-r', now: NOW }))
    must(linkCauseToFishbone(pair.b, { fromFishboneId: 'misbehavior', causeId: 'pd', toFishboneId: 'delivery', boneId: 'talent', newCauseId: 'pd-d', now: NOW }))
    pair.online()
    expect(find(pair.b, 'misbehavior', 'pd').info.fishboneIds).toEqual(['delivery', 'misbehavior', 'rigor'])
  })

  it('refuses to link a cause into its own diagram or twice into the same one', () => {
    const { a } = docPair()
    districtA(a)
    const link = (to: string, id: string) => linkCauseToFishbone(a, { fromFishboneId: 'misbehavior', causeId: 'pd', toFishboneId: to, boneId: 'talent', newCauseId: id, now: NOW })
    expect(link('misbehavior', 'x').ok).toBe(false)
    must(link('rigor', 'pd-r'))
    expect(link('rigor', 'pd-r2')).toMatchObject({ ok: false, error: { code: 'exists', id: 'pd-r' } })
  })
})
