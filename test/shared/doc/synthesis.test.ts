import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { docPair } from './doc-pair'
import { SYNTHESIS_TOPICS } from '../../../shared/content/symposium'
import {
  addCard, addPerspective, addTopic, answerPoll, cardText, moveCard, readSynthesis, removeCard, removeTopic, topicTitleText, type NewCard,
} from '../../../shared/doc/synthesis'
import { boardRoot } from '../../../shared/doc/schema'

const pair = docPair

function board(doc: Y.Doc) {
  SYNTHESIS_TOPICS.forEach((title, i) => addTopic(doc, { id: `t${i + 1}`, title, order: `a${i}` }))
  addPerspective(doc, { role: 'state', label: 'SEA perspective', order: 'a0' })
  addPerspective(doc, { role: 'district', label: 'District perspective', order: 'a1' })
}

const card = (over: Partial<NewCard> & Pick<NewCard, 'id'>): NewCard => ({
  topicId: 't1',
  column: { kind: 'agreement' },
  text: 'We need a shared focus',
  provenance: { groupId: 'group-aaa', roles: ['sea', 'teacher'] },
  order: 'a0',
  ...over,
})

describe('synthesis board', () => {
  it('lays out topics as rows with agreement, disagreement and one column per perspective', () => {
    const { a, b } = pair()
    board(a)
    addCard(a, card({ id: 'c1' }))
    addCard(a, card({ id: 'c2', column: { kind: 'disagreement' }, text: 'Pace of change' }))
    addCard(a, card({ id: 'c3', column: { kind: 'perspective', role: 'state' }, text: 'Capacity is thin', quote: 'We are stretched', quoteRole: 'sea' }))
    const s = readSynthesis(b)
    expect(s.topics.map((t) => t.title)).toEqual([...SYNTHESIS_TOPICS])
    expect(s.perspectives.map((p) => p.label)).toEqual(['SEA perspective', 'District perspective'])
    const t1 = s.topics[0]!
    expect(t1.agreement.map((c) => c.text)).toEqual(['We need a shared focus'])
    expect(t1.disagreement.map((c) => c.id)).toEqual(['c2'])
    expect(t1.perspectives.state?.[0]).toMatchObject({ text: 'Capacity is thin', quote: 'We are stretched', quoteRole: 'sea' })
    expect(t1.perspectives.district).toEqual([])
    expect(t1.agreement[0]?.provenance).toEqual({ groupId: 'group-aaa', roles: ['sea', 'teacher'] })
  })

  it('stores no author at all on a card added anonymously', () => {
    const { a, b } = pair()
    board(a)
    addCard(a, card({ id: 'named', authorId: 'm7' }))
    addCard(a, card({ id: 'anon', order: 'a1' }))
    const [named, anon] = readSynthesis(b).topics[0]!.agreement
    expect(named?.authorId).toBe('m7')
    expect(anon && 'authorId' in anon).toBe(false)
    expect(JSON.stringify(boardRoot(b, 'synthesis').toJSON()['card/anon'])).not.toMatch(/author|m7/)
  })

  it('keeps each member’s poll answer under their own key, so concurrent answers all count', () => {
    const { a, b, offline, online } = pair()
    board(a)
    addCard(a, card({ id: 'c1' }))
    offline()
    answerPoll(a, 'c1', 'm1', 'agree')
    answerPoll(b, 'c1', 'm2', 'disagree')
    answerPoll(b, 'c1', 'm3', 'agree')
    online()
    answerPoll(a, 'c1', 'm3', null)
    const poll = readSynthesis(b).topics[0]!.agreement[0]!.poll
    expect(poll).toEqual({ agree: 1, disagree: 1, answers: { m1: 'agree', m2: 'disagree' } })
    expect(answerPoll(a, 'missing', 'm1', 'agree')).toBe(false)
  })

  it('merges concurrent typing in a card and keeps it when the card is moved at the same time', () => {
    const { a, b, offline, online } = pair()
    board(a)
    addCard(a, card({ id: 'c1', text: 'shared focus' }))
    offline()
    cardText(a, 'c1', 'text')?.insert(0, 'A ')
    cardText(b, 'c1', 'text')?.insert(12, ' matters')
    moveCard(b, 'c1', { topicId: 't2', column: { kind: 'perspective', role: 'district' }, order: 'a5' })
    online()
    for (const doc of [a, b]) {
      const s = readSynthesis(doc)
      expect(s.topics[0]!.agreement).toEqual([])
      expect(s.topics[1]!.perspectives.district?.[0]?.text).toBe('A shared focus matters')
    }
  })

  it('edits topic titles as text and removes a topic together with its cards', () => {
    const { a, b } = pair()
    board(a)
    addCard(a, card({ id: 'c1', topicId: 't2' }))
    addCard(a, card({ id: 'c2', topicId: 't3' }))
    topicTitleText(b, 't1')?.insert(0, '1. ')
    removeTopic(a, 't2')
    removeCard(a, 'c2')
    const s = readSynthesis(b)
    expect(s.topics.map((t) => t.id)).toEqual(['t1', 't3', 't4'])
    expect(s.topics[0]!.title).toBe('1. Coherence and Alignment')
    expect(s.topics.flatMap((t) => [...t.agreement, ...t.disagreement])).toEqual([])
  })

  it('lists a card whose topic vanished concurrently as unplaced instead of losing it', () => {
    const { a, b, offline, online } = pair()
    board(a)
    offline()
    removeTopic(a, 't4')
    addCard(b, card({ id: 'late', topicId: 't4' }))
    online()
    expect(readSynthesis(a).unplaced.map((c) => c.id)).toEqual(['late'])
  })

  it('skips malformed cards written by a misbehaving client', () => {
    const doc = new Y.Doc()
    board(doc)
    const bad = new Y.Map<unknown>()
    bad.set('column', 'sideways')
    boardRoot(doc, 'synthesis').set('card/bad', bad)
    boardRoot(doc, 'synthesis').set('card/plain', 'not a map')
    const s = readSynthesis(doc)
    expect([...s.unplaced, ...s.topics.flatMap((t) => t.agreement)]).toEqual([])
  })
})
