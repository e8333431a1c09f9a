import { describe, expect, it } from 'vitest'
import { mergeIdenticalDrafts, sameWordsKey } from '../../../shared/domain/merge-drafts'

const d = (id: string, slot: string, text: string, evidence = '') => ({ id, slot, text, evidence })

describe('merging identical brainstorm drafts', () => {
  it.each([
    ['No common planning time', 'no common planning time'],
    ['  No  common planning time. ', 'no common planning time'],
    ['No common\nplanning time!', 'no common planning time'],
  ])('"%s" has the words key "%s"', (text, key) => {
    expect(sameWordsKey(text)).toBe(key)
  })

  it('merges same-slot drafts with the same words into one item named by the smallest id, worded as the first, with every distinct evidence', () => {
    const drafts = [
      d('z', 'weaknesses', 'No common planning time', 'Schedule'),
      d('a', 'weaknesses', 'no common planning time.', 'Survey'),
      d('m', 'weaknesses', 'No common planning time', 'Schedule'),
    ]
    const merged = mergeIdenticalDrafts(drafts, (x) => x.id)
    expect(merged).toEqual([{ itemId: 'a', lead: drafts[0], evidence: 'Schedule\nSurvey', evidenceLink: undefined, count: 3 }])
  })

  it('keeps drafts apart when the quadrant or the words differ, and never merges empty drafts', () => {
    const drafts = [
      d('1', 'weaknesses', 'Low attendance'),
      d('2', 'threats', 'Low attendance'),
      d('3', 'weaknesses', 'Low attendance in winter'),
      d('4', 'weaknesses', ''),
      d('5', 'weaknesses', ' '),
    ]
    expect(mergeIdenticalDrafts(drafts, (x) => x.id).map((m) => [m.itemId, m.count])).toEqual([
      ['1', 1],
      ['2', 1],
      ['3', 1],
      ['4', 1],
      ['5', 1],
    ])
  })

  it('names the merged item the same whatever order the drafts arrive in (a retried, reshuffled reveal)', () => {
    const drafts = [d('q', 'strengths', 'Strong PLCs'), d('b', 'strengths', 'Strong PLCs'), d('k', 'strengths', 'strong plcs')]
    const ids = [drafts, [...drafts].reverse(), [drafts[1]!, drafts[2]!, drafts[0]!]].map((order) => mergeIdenticalDrafts(order, (x) => x.id)[0]?.itemId)
    expect(ids).toEqual(['b', 'b', 'b'])
  })
})
