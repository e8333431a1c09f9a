import { describe, expect, it } from 'vitest'
import { LEA_SELF_REFLECTION } from '../../../../shared/content/lea-self-reflection'
import { swotCandidates } from '../../../../shared/domain/rubric/candidates'
import type { TeamElement, TeamState } from '../../../../shared/domain/rubric/types'

const rubric = LEA_SELF_REFLECTION
const at = (level: number | null, evidence = 'evidence'): TeamElement => ({ level, evidence, setBy: 'm1', setAt: 0 })

function team(elements: Record<string, TeamElement>): TeamState {
  return { elements, strengthsWeaknesses: {} }
}

describe('SWOT candidates from team levels', () => {
  it.each([
    [0, 'weakness'],
    [1, 'weakness'],
    [2, 'neither'],
    [3, 'strength'],
  ])('an element at level %i is a %s candidate', (level, kind) => {
    const { strengths, weaknesses } = swotCandidates(rubric, team({ '2a3': at(level) }))
    expect(weaknesses.length).toBe(kind === 'weakness' ? 1 : 0)
    expect(strengths.length).toBe(kind === 'strength' ? 1 : 0)
  })

  it('offers Moderate as a strength when asked', () => {
    expect(swotCandidates(rubric, team({ '2a3': at(2) }), { moderateAsStrength: true }).strengths).toHaveLength(1)
  })

  it('codes a weakness by element and carries the team evidence', () => {
    const [weak] = swotCandidates(rubric, team({ '2a3': at(1, '  Induction ends after week one ') })).weaknesses
    expect(weak).toMatchObject({
      code: '2a3',
      domainId: '2',
      text: 'Induction program for new teachers & leaders (Basic Performance)',
      evidence: 'Induction ends after week one',
      level: 1,
      levelLabel: 'Basic Performance',
    })
    expect(weak?.statement).toMatch(/^The LEA and schools work collaboratively to implement an induction program/)
  })

  it('lists candidates in rubric order and skips elements without a level', () => {
    const result = swotCandidates(rubric, team({ '4c3': at(0), '1a2': at(1), '3a1': at(null), '9z9': at(0) }))
    expect(result.weaknesses.map((c) => c.code)).toEqual(['1a2', '4c3'])
  })
})
