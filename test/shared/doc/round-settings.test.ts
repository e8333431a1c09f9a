import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readControl } from '../../../shared/doc/control'
import { openBrainstormRound, openVoteRound, readRoundSettings, readTopItems, roundsFor, setTopItems } from '../../../shared/doc/round-settings'
import { publishVoteResult, readVoteResult } from '../../../shared/doc/vote-results'
import { controlRoot, publishedRoot } from '../../../shared/doc/schema'
import { tally } from '../../../shared/domain/votes'
import { must } from './doc-pair'

const swot = { kind: 'swot', boardId: 'board-1' } as const
const fishbone = { kind: 'fishbone', fishboneId: 'fish-1' } as const

describe('round settings in the control document', () => {
  it('opens a brainstorm and a vote with their targets and rules, listed per board', () => {
    const doc = new Y.Doc()
    must(openBrainstormRound(doc, { roundId: 'ideas-1', title: 'Weaknesses', target: swot }, 100))
    must(openVoteRound(doc, { roundId: 'vote-01', title: 'Top causes', target: fishbone, budget: 5, cap: 2 }, 200))
    expect(readControl(doc).rounds.map((r) => [r.id, r.kind, r.board, r.status])).toEqual([
      ['ideas-1', 'brainstorm', 'swot', 'open'],
      ['vote-01', 'vote', 'fishbone', 'open'],
    ])
    expect(readRoundSettings(doc, 'vote-01')).toEqual({ target: fishbone, vote: { budget: 5, cap: 2 } })
    expect(roundsFor(doc, swot).map((r) => r.id)).toEqual(['ideas-1'])
    expect(roundsFor(doc, { kind: 'swot', boardId: 'other' })).toEqual([])
  })

  it.each([
    ['a zero budget', { budget: 0, cap: 1 }],
    ['a cap above the budget', { budget: 2, cap: 3 }],
    ['a fractional budget', { budget: 2.5, cap: 1 }],
  ])('refuses a vote with %s and writes nothing', (_name, rules) => {
    const doc = new Y.Doc()
    expect(openVoteRound(doc, { roundId: 'vote-01', title: 'x', target: swot, ...rules }, 1).ok).toBe(false)
    expect(controlRoot(doc).size).toBe(0)
  })

  it('refuses a second round with the same id', () => {
    const doc = new Y.Doc()
    must(openBrainstormRound(doc, { roundId: 'ideas-1', title: 'a', target: swot }, 1))
    expect(openBrainstormRound(doc, { roundId: 'ideas-1', title: 'b', target: swot }, 2).ok).toBe(false)
  })

  it('ignores settings a client forged with the wrong shape', () => {
    const doc = new Y.Doc()
    controlRoot(doc).set('roundSettings/forged-1', { target: { kind: 'swot' }, vote: { budget: -1, cap: 1 } })
    expect(readRoundSettings(doc, 'forged-1')).toBeUndefined()
  })

  it('stores the facilitator’s top items without duplicates', () => {
    const doc = new Y.Doc()
    must(setTopItems(doc, 'vote-01', ['b', 'a', 'b']))
    expect(readTopItems(doc, 'vote-01')).toEqual(['b', 'a'])
    expect(readTopItems(doc, 'unknown')).toEqual([])
  })
})

describe('vote results in the published document', () => {
  it('publishes totals and voters only, and reads them back validated', () => {
    const doc = new Y.Doc()
    const t = tally({ m1: { a: 2, b: 1 }, m2: { a: 1 } }, 3, 2)
    publishVoteResult(doc, 'vote-01', { target: swot, budget: 3, cap: 2, tally: t, closedAt: 50 })
    expect(readVoteResult(doc, 'vote-01')).toEqual({ target: swot, budget: 3, cap: 2, totals: { a: 3, b: 1 }, voters: 2, closedAt: 50 })
    expect(JSON.stringify(publishedRoot(doc).toJSON())).not.toMatch(/m1|m2/)
    publishedRoot(doc).set('vote/bad', { totals: 'x' })
    expect(readVoteResult(doc, 'bad')).toBeUndefined()
  })
})
