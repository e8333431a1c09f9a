import { describe, expect, it } from 'vitest'
import { WHYS_DEMO } from '../../../shared/content/fishbone'
import { createFishbone } from '../../../shared/doc/fishbone'
import { readFishbones } from '../../../shared/doc/fishbone-read'
import {
  addWhyRow, createWhysChain, deleteWhysChain, loadWhysDemo, promoteWhyToCause, readWhys, removeWhyRow, whyAnswerText, whysSymptomText,
} from '../../../shared/doc/whys'
import { docPair, must } from './doc-pair'

const NOW = 1_700_000_000_000

describe('5 Whys chains', () => {
  it('starts with a symptom and five empty "Why?" rows, attached to a cause', () => {
    const { a, b } = docPair()
    must(createWhysChain(a, { chainId: 'chain-1', now: NOW, attachedTo: { kind: 'cause', fishboneId: 'f', causeId: 'c' } }))
    const chain = readWhys(b).chains[0]!
    expect(chain.rows.map((r) => r.answer)).toEqual(['', '', '', '', ''])
    expect(chain.attachedTo).toEqual({ kind: 'cause', fishboneId: 'f', causeId: 'c' })
    expect(chain.lastAnswer).toBeUndefined()
  })

  it('loads the seed’s seventh-grade math example as a demo', () => {
    const { a, b } = docPair()
    must(loadWhysDemo(a, 'demo', NOW, { kind: 'swot', boardId: 'board-1', itemId: 'w1' }))
    const chain = readWhys(b).chains[0]!
    expect(chain.symptom).toBe('Low student math performance in seventh grade.')
    expect(chain.rows.map((r) => r.answer)).toEqual([...WHYS_DEMO.whys])
    expect(chain.lastAnswer).toBe('School culture is not supportive of new staff and the new induction program is not sufficient.')
  })

  it('adds and removes rows, so a chain can have more or fewer than five whys', () => {
    const { a, b } = docPair()
    must(createWhysChain(a, { chainId: 'chain-1', now: NOW }))
    must(addWhyRow(b, 'chain-1', 'extra', 0))
    must(removeWhyRow(a, 'chain-1', 'w5'))
    must(removeWhyRow(a, 'chain-1', 'w4'))
    expect(readWhys(b).chains[0]!.rows.map((r) => r.id)).toEqual(['extra', 'w1', 'w2', 'w3'])
    expect(removeWhyRow(a, 'chain-1', 'w5').ok).toBe(false)
  })

  it('merges two people typing into the symptom and a row at once', () => {
    const pair = docPair()
    must(createWhysChain(pair.a, { chainId: 'chain-1', now: NOW, symptom: 'math' }))
    pair.offline()
    whysSymptomText(pair.a, 'chain-1')!.insert(0, 'Low ')
    whysSymptomText(pair.b, 'chain-1')!.insert(4, ' scores')
    whyAnswerText(pair.b, 'chain-1', 'w1')!.insert(0, 'Gaps in fractions')
    pair.online()
    const chain = readWhys(pair.a).chains[0]!
    expect(chain.symptom).toBe('Low math scores')
    expect(chain.lastAnswer).toBe('Gaps in fractions')
  })

  it('promotes the deepest answer to a cause on a bone, tagged cause, in one transaction', () => {
    const { a, b } = docPair()
    must(createFishbone(a, { fishboneId: 'fish-1', headText: 'Low math', now: NOW }))
    must(loadWhysDemo(a, 'demo', NOW))
    let transactions = 0
    b.on('afterTransaction', () => transactions++)
    must(promoteWhyToCause(b, { chainId: 'demo', fishboneId: 'fish-1', boneId: 'culture', causeId: 'cause-1', now: NOW }))
    expect(transactions).toBe(1)
    const cause = readFishbones(a).fishbones[0]!.causes[0]!
    expect([cause.boneId, cause.kind, cause.text]).toEqual(['culture', 'cause', WHYS_DEMO.whys[4]])
    expect(readWhys(a).chains[0]!.promotedTo).toEqual({ fishboneId: 'fish-1', causeId: 'cause-1' })
  })

  it('refuses to promote an empty chain or onto a missing bone, writing nothing', () => {
    const { a } = docPair()
    must(createFishbone(a, { fishboneId: 'fish-1', headText: 'Low math', now: NOW }))
    must(createWhysChain(a, { chainId: 'empty', now: NOW }))
    must(loadWhysDemo(a, 'demo', NOW))
    expect(promoteWhyToCause(a, { chainId: 'empty', fishboneId: 'fish-1', boneId: 'culture', causeId: 'c', now: NOW }).ok).toBe(false)
    expect(promoteWhyToCause(a, { chainId: 'demo', fishboneId: 'fish-1', boneId: 'nope', causeId: 'c', now: NOW }).ok).toBe(false)
    expect(readWhys(a).chains.find((c) => c.id === 'demo')!.promotedTo).toBeUndefined()
    expect(readFishbones(a).fishbones[0]!.causes).toEqual([])
  })

  it('deletes a chain', () => {
    const { a, b } = docPair()
    must(createWhysChain(a, { chainId: 'chain-1', now: NOW }))
    must(deleteWhysChain(b, 'chain-1'))
    expect(readWhys(a).chains).toEqual([])
  })
})
