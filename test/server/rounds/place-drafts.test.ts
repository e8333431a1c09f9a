import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createSwotBoard } from '../../../shared/doc/swot'
import { readSwot } from '../../../shared/doc/swot-read'
import { placeDrafts, type AuthoredDraft } from '../../../server/rounds/place-drafts'

const draft = (memberId: string, id: string, slot: string, text: string, evidence = ''): AuthoredDraft => ({
  memberId,
  draft: { id, roundId: 'r1', slot, createdAt: 1, text, evidence },
})

function board(): Y.Doc {
  const doc = new Y.Doc()
  const r = createSwotBoard(doc, { boardId: 'b1', title: 'Needs assessment', now: 1 })
  if (!r.ok) throw new Error('board not created')
  return doc
}

const placement = { target: { kind: 'swot', boardId: 'b1' } as const, roundId: 'r1', secret: 'test-secret', anonymous: false, now: 2 }

describe('placing revealed drafts', () => {
  it('merges two people’s identical drafts into one item, so their dots will not split, and keeps both evidence lines', () => {
    const doc = board()
    const placed = placeDrafts(
      doc,
      [
        draft('ann', 'd1', 'weaknesses', 'No common planning time', 'Master schedule'),
        draft('bob', 'd9', 'weaknesses', 'no common planning time.', 'Teacher survey'),
        draft('bob', 'd2', 'threats', 'Budget cuts'),
      ],
      placement,
    )
    expect(placed).toBe(3)
    const b = readSwot(doc).boards[0]!
    expect(b.quadrants.weaknesses.map((i) => [i.text, i.evidence])).toEqual([['No common planning time', 'Master schedule\nTeacher survey']])
    expect(b.quadrants.threats.map((i) => i.text)).toEqual(['Budget cuts'])
  })

  it('a retried reveal in another order writes nothing twice', () => {
    const doc = board()
    const drafts = [
      draft('ann', 'd1', 'strengths', 'Strong PLCs'),
      draft('bob', 'd2', 'strengths', 'Strong PLCs'),
      draft('cy', 'd3', 'strengths', 'Strong PLCs'),
    ]
    placeDrafts(doc, drafts, { ...placement, anonymous: true })
    expect(placeDrafts(doc, [...drafts].reverse(), { ...placement, anonymous: true })).toBe(3)
    const items = readSwot(doc).boards[0]!.quadrants.strengths
    expect(items.map((i) => [i.text, i.authorId])).toEqual([['Strong PLCs', undefined]])
  })
})
