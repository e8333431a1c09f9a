import { describe, expect, it } from 'vitest'
import { dotsLeft, gapSentence, latestVote } from '../../../client/src/views/fishbone/priorities'
import { parseParams, withFishbone } from '../../../client/src/views/fishbone/url'

describe('gapSentence', () => {
  it('says nothing for a cause that is ready to be a root cause', () => {
    expect(gapSentence([])).toBe('')
  })

  it('names every missing step', () => {
    expect(gapSentence(['kind-untagged', 'not-actionable'])).toBe('Not sent to the SWOT yet: tag it as a cause or a symptom; it is tagged as not actionable.')
  })
})

describe('latestVote', () => {
  const vote = (roundId: string, closedAt: number) => ({ roundId, title: roundId, totals: {}, voters: 1, closedAt })

  it('is undefined before any vote has closed', () => {
    expect(latestVote([])).toBeUndefined()
  })

  it('picks the most recently closed vote', () => {
    expect(latestVote([vote('first', 10), vote('third', 30), vote('second', 20)])?.roundId).toBe('third')
  })
})

describe('dotsLeft', () => {
  it.each([
    [{}, 3, 3],
    [{ a: 1, b: 1 }, 3, 1],
    [{ a: 2, b: 2 }, 3, 0],
  ])('with %j placed of %i, has %i left', (mine, budget, left) => {
    expect(dotsLeft(mine, budget)).toBe(left)
  })
})

describe('the view’s URL parameters', () => {
  it.each([
    ['?f=abc', { f: 'abc' }],
    ['?why=item1', { why: 'item1' }],
    ['?f=abc&why=item1&share', { f: 'abc', why: 'item1' }],
    ['', {}],
    [`?f=${'x'.repeat(201)}`, {}],
  ])('reads %j', (search, params) => {
    expect(parseParams(search)).toEqual(params)
  })

  it('sets the fishbone and keeps the other parameters', () => {
    expect(withFishbone('?why=item1&f=old', 'new')).toBe('?why=item1&f=new')
  })
})
