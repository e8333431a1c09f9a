import { describe, expect, it } from 'vitest'
import { createFishbone } from '../../../../shared/doc/fishbone'
import { addCause } from '../../../../shared/doc/fishbone-causes'
import { readFishbones } from '../../../../shared/doc/fishbone-read'
import { createWhysChain, promoteWhyToCause, readWhys, whyAnswerText } from '../../../../shared/doc/whys'
import { defaultPromotePlace } from '../../../../shared/domain/fishbone/promote-place'
import { docPair, must } from '../../doc/doc-pair'

const NOW = 1_700_000_000_000

/** Two fishbones; fish-1 has the cause "Few mentors" on the Talent bone, and a chain started from it with its last answer written. */
function board() {
  const { a, b } = docPair()
  must(createFishbone(a, { fishboneId: 'fish-1', headText: 'Low 7th-grade math', now: NOW }))
  must(createFishbone(a, { fishboneId: 'fish-2', headText: 'High turnover', now: NOW }))
  const talent = readFishbones(a).fishbones[0]!.bones[1]!.id
  must(addCause(a, { fishboneId: 'fish-1', causeId: 'cause-1', boneId: talent, text: 'Few mentors for new teachers', now: NOW }))
  must(createWhysChain(a, { chainId: 'chain-1', now: NOW, attachedTo: { kind: 'cause', fishboneId: 'fish-1', causeId: 'cause-1' } }))
  return { a, b, talent }
}

describe('where a 5 Whys answer is promoted by default', () => {
  it('puts the answer of a chain started from a cause under that cause, as a sub-cause on its bone', () => {
    const { a, talent } = board()
    const fishbones = readFishbones(a).fishbones
    expect(defaultPromotePlace({ kind: 'cause', fishboneId: 'fish-1', causeId: 'cause-1' }, fishbones, 'fish-2')).toEqual({
      kind: 'under', fishboneId: 'fish-1', boneId: talent, parentId: 'cause-1', parentText: 'Few mentors for new teachers',
    })
  })

  it('promoting to that default place makes a sub-cause, not a top-level cause on the first bone', () => {
    const { a, b, talent } = board()
    const chain = readWhys(a).chains[0]!
    whyAnswerText(a, 'chain-1', chain.rows[0]!.id)?.insert(0, 'Mentoring is not scheduled into the week')
    const place = defaultPromotePlace(readWhys(a).chains[0]!.attachedTo, readFishbones(a).fishbones)
    if (place?.kind !== 'under') throw new Error('expected a place under the cause')
    must(promoteWhyToCause(a, { chainId: 'chain-1', fishboneId: place.fishboneId, boneId: place.boneId, parentId: place.parentId, causeId: 'cause-2', now: NOW }))
    const promoted = readFishbones(b).fishbones[0]!.causes.find((c) => c.id === 'cause-2')!
    expect([promoted.parentId, promoted.boneId, promoted.depth, promoted.text]).toEqual(['cause-1', talent, 1, 'Mentoring is not scheduled into the week'])
  })

  it.each([
    ['a chain from a SWOT item', { kind: 'swot', boardId: 's', itemId: 'i' } as const],
    ['a chain whose cause was deleted', { kind: 'cause', fishboneId: 'fish-1', causeId: 'gone' } as const],
    ['a free-standing chain', undefined],
  ])('sends %s to the first bone of the suggested fishbone', (_name, attached) => {
    const { a } = board()
    const fishbones = readFishbones(a).fishbones
    expect(defaultPromotePlace(attached, fishbones, 'fish-2')).toEqual({ kind: 'bone', fishboneId: 'fish-2', boneId: fishbones[1]!.bones[0]!.id })
  })

  it('has no place when there is no fishbone', () => {
    expect(defaultPromotePlace(undefined, [])).toBeUndefined()
  })
})
