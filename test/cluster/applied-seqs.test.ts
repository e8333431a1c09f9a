import { describe, expect, it } from 'vitest'
import { AppliedSeqs } from '../../server/cluster/applied-seqs'

type Step = ['mark' | 'cover', number]

describe('which stored seqs an instance has applied', () => {
  it.each<[string, number, Step[], number, boolean]>([
    ['advances through seqs applied in order', 3, [['mark', 4], ['mark', 5]], 5, false],
    ['holds a seq that arrived early and reports the gap', 3, [['mark', 5]], 3, true],
    ['closes the gap when the missing seq arrives', 3, [['mark', 5], ['mark', 6], ['mark', 4]], 6, false],
    ['ignores a seq applied twice', 3, [['mark', 4], ['mark', 4]], 4, false],
    ['lets a compacted row cover every seq up to its own', 3, [['mark', 9], ['cover', 7]], 7, true],
    ['joins early seqs right after a covered range', 3, [['mark', 8], ['cover', 7]], 8, false],
    ['ignores a cover below what is already applied', 5, [['cover', 2]], 5, false],
  ])('%s', (_name, start, steps, last, gap) => {
    const seqs = new AppliedSeqs(start)
    for (const [op, seq] of steps) {
      if (op === 'mark') seqs.mark(seq)
      else seqs.coverUpTo(seq)
    }
    expect(seqs.last).toBe(last)
    expect(seqs.hasGap).toBe(gap)
  })

  it('knows a seq ahead of the gap as applied', () => {
    const seqs = new AppliedSeqs(0)
    seqs.mark(3)
    expect([seqs.has(1), seqs.has(3)]).toEqual([false, true])
  })
})
