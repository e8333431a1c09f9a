import { describe, expect, it } from 'vitest'
import { PLANNING_ATTRIBUTION, PLANNING_STEPS, PRIORITISATION_CRITERIA, planningPrompts, type PlanningStep } from '../../../shared/content/planning-steps'

const STEPS: readonly PlanningStep[] = PLANNING_STEPS

describe('seed 002 six-step planning process', () => {
  it.each([
    [1, 'Examine Performance Trends', 3, 0],
    [2, 'Identify Root Causes', 3, 4],
    [3, 'Define Action Steps', 5, 0],
    [4, 'Prioritize Action Steps', 7, 0],
    [5, 'Determine Deliverables', 3, 3],
    [6, 'Associate Funding', 2, 0],
  ])('step %i, %s, has %i numbered items and %i lettered sub-items', (number, title, numbered, lettered) => {
    const step = STEPS.find((s) => s.number === number)
    expect(step?.title).toBe(title)
    expect(step?.items).toHaveLength(numbered)
    expect(step?.items.flatMap((i) => i.subItems ?? [])).toHaveLength(lettered)
  })

  it('totals 23 numbered items and 7 lettered sub-items, all with unique ids', () => {
    const all = planningPrompts()
    expect(all.filter((p) => /^\d+$/.test(p.number))).toHaveLength(23)
    expect(all.filter((p) => /^\d+[a-d]$/.test(p.number))).toHaveLength(7)
    expect(new Set(all.map((p) => p.id)).size).toBe(30)
  })

  it('exposes Step 4 as the seven prioritisation criteria', () => {
    expect(PRIORITISATION_CRITERIA).toHaveLength(7)
    expect(PRIORITISATION_CRITERIA[0]?.text).toBe('Does the action step target the root cause?')
    expect(PRIORITISATION_CRITERIA[6]?.text).toBe('Will the action step increase the scale/fidelity of the strategy?')
  })

  it('attributes the unnamed source', () => {
    expect(PLANNING_ATTRIBUTION.source).toBe('Sample Planning Process (unattributed ESSA-era LEA guidance)')
  })
})
