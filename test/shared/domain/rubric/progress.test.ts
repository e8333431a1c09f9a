import { describe, expect, it } from 'vitest'
import { LEA_SELF_REFLECTION } from '../../../../shared/content/lea-self-reflection'
import { finishedMembers, memberProgress, progressByMember } from '../../../../shared/domain/rubric/progress'
import { elementIds } from '../../../../shared/domain/rubric/structure'

const rubric = LEA_SELF_REFLECTION
const all = Object.fromEntries(elementIds(rubric).map((id) => [id, 2]))

describe('scoring progress', () => {
  it.each([
    ['nothing scored', {}, 0, false],
    ['two elements scored', { '1a1': 0, '4c3': 3 }, 2, false],
    ['invalid levels and unknown elements do not count', { '1a1': 9, '1a2': 0.5, xx: 1 }, 0, false],
    ['every element scored', all, 37, true],
  ])('%s → %i of 37', (_name, picks, scored, finished) => {
    expect(memberProgress(rubric, picks)).toEqual({ scored, total: 37, finished })
  })

  it('lists who has finished, sorted, and the progress of everyone', () => {
    const picks = { zoe: all, ann: all, bob: { '1a1': 1 } }
    expect(finishedMembers(rubric, picks)).toEqual(['ann', 'zoe'])
    expect(progressByMember(rubric, picks).bob).toEqual({ scored: 1, total: 37, finished: false })
  })
})
