import { describe, expect, it } from 'vitest'
import { rankByVotes, rankLabel, tally } from '../../../shared/domain/votes'

describe('dot-vote tally', () => {
  it('adds up every member’s dots per item and counts voters', () => {
    const t = tally({ ann: { a: 2, b: 1 }, bob: { a: 1 }, cy: {} }, 3, 2)
    expect(t).toEqual({ totals: { a: 3, b: 1 }, voters: 2, ignored: [] })
  })

  it.each([
    ['an entry over the per-item cap', { ann: { a: 3, b: 1 } }, { b: 1 }, 'over-cap'],
    ['the entry that would overspend the budget (items taken in id order)', { ann: { a: 2, b: 2, c: 1 } }, { a: 2, c: 1 }, 'over-budget'],
    ['a vote for an item that no longer exists', { ann: { gone: 1, a: 1 } }, { a: 1 }, 'unknown-item'],
    ['a count that is not a whole number', { ann: { a: 1.5, b: '2' as unknown as number } }, {}, 'not-a-count'],
  ])('ignores %s', (_name, votes, totals, reason) => {
    const t = tally(votes, 3, 2, ['a', 'b', 'c'])
    expect(t.totals).toEqual(totals)
    expect(t.ignored.map((i) => i.reason)).toContain(reason)
  })

  it('gives the same result whatever order members and items arrive in', () => {
    const one = tally({ bob: { z: 2, a: 2 }, ann: { c: 1, b: 2 } }, 3, 2)
    const two = tally({ ann: { b: 2, c: 1 }, bob: { a: 2, z: 2 } }, 3, 2)
    expect(one).toEqual(two)
    expect(one.totals).toEqual({ a: 2, b: 2, c: 1 })
    expect(one.ignored).toEqual([{ memberId: 'bob', itemId: 'z', count: 2, reason: 'over-budget' }])
  })
})

describe('ranking by votes', () => {
  it('puts most votes first, keeps display order on ties, and shares ranks', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }]
    const ranked = rankByVotes(items, { b: 3, c: 1, d: 3 })
    expect(ranked.map((r) => [r.item.id, r.votes, r.rank, r.tied])).toEqual([
      ['b', 3, 1, true],
      ['d', 3, 1, true],
      ['c', 1, 3, false],
      ['a', 0, undefined, false],
    ])
  })

  it.each<{ name: string; totals: Record<string, number>; want: (number | undefined)[] }>([
    { name: 'no votes at all leaves every item unranked', totals: {}, want: [undefined, undefined, undefined] },
    { name: 'a three-way tie shares rank 1', totals: { a: 2, b: 2, c: 2 }, want: [1, 1, 1] },
    { name: 'a tie for second skips third', totals: { a: 5, b: 2, c: 2 }, want: [1, 2, 2] },
    { name: 'zero dots stay unranked behind ranked items', totals: { a: 0, b: 1, c: 0 }, want: [1, undefined, undefined] },
    { name: 'a negative total (never written by the tally) counts as zero', totals: { a: -3, b: 1 }, want: [1, undefined, undefined] },
  ])('$name', ({ totals, want }) => {
    const ranked = rankByVotes([{ id: 'a' }, { id: 'b' }, { id: 'c' }], totals)
    expect(ranked.map((r) => r.rank)).toEqual(want)
  })

  it.each([
    { r: { rank: 1, tied: false }, label: '#1' },
    { r: { rank: 1, tied: true }, label: '#1 (tied)' },
    { r: { rank: undefined, tied: false }, label: '' },
  ])('labels rank $r.rank (tied: $r.tied) as "$label"', ({ r, label }) => {
    expect(rankLabel(r)).toBe(label)
  })
})
