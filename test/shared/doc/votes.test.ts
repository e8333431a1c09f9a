import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addVote, clearVotes, readVotes, setVote } from '../../../shared/doc/votes'
import { must } from './doc-pair'

const rules = { voteId: 'round-1', budget: 3, cap: 2 }

describe('dot votes in a private document', () => {
  it('records dots per round and item', () => {
    const doc = new Y.Doc()
    must(setVote(doc, { ...rules, itemId: 'cause-a', count: 2 }))
    must(addVote(doc, { ...rules, itemId: 'cause-b', delta: 1 }))
    must(setVote(doc, { ...rules, voteId: 'round-2', itemId: 'cause-a', count: 1 }))
    expect(readVotes(doc)).toEqual({ 'round-1': { 'cause-a': 2, 'cause-b': 1 }, 'round-2': { 'cause-a': 1 } })
  })

  it.each([
    ['more than the cap on one item', { itemId: 'x', count: 3 }],
    ['more than the budget in the round', { itemId: 'y', count: 2 }],
    ['a fractional count', { itemId: 'y', count: 0.5 }],
    ['a negative count', { itemId: 'y', count: -1 }],
  ])('refuses %s', (_name, vote) => {
    const doc = new Y.Doc()
    must(setVote(doc, { ...rules, itemId: 'z', count: 2 }))
    expect(setVote(doc, { ...rules, ...vote }).ok).toBe(false)
    expect(readVotes(doc)).toEqual({ 'round-1': { z: 2 } })
  })

  it('removes dots with a zero count or a negative delta, and clears a round', () => {
    const doc = new Y.Doc()
    must(setVote(doc, { ...rules, itemId: 'a', count: 2 }))
    must(setVote(doc, { ...rules, itemId: 'b', count: 1 }))
    must(addVote(doc, { ...rules, itemId: 'a', delta: -1 }))
    must(setVote(doc, { ...rules, itemId: 'b', count: 0 }))
    expect(readVotes(doc)).toEqual({ 'round-1': { a: 1 } })
    clearVotes(doc, 'round-1')
    expect(readVotes(doc)).toEqual({})
  })
})
