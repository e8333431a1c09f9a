import { describe, expect, it } from 'vitest'
import { PAIR_PROMPTS, QUADRANT_INFO, SWOT_COACHING, SWOT_PAIRS, SWOT_QUADRANTS, TOOL_A_ROW_ORDER } from '../../../shared/content/swot-prompts'
import { promptText } from '../../../shared/domain/fishbone/prompts'

describe('SWOT content', () => {
  it('pairs each quadrant with exactly one Tool A prompt, S/O to leverage and W/T to root causes', () => {
    const covered = SWOT_PAIRS.flatMap((p) => PAIR_PROMPTS[p].quadrants)
    expect([...covered].sort()).toEqual([...SWOT_QUADRANTS].sort())
    for (const q of SWOT_QUADRANTS) expect(PAIR_PROMPTS[QUADRANT_INFO[q].pair].quadrants).toContain(q)
    expect(PAIR_PROMPTS.leverage.prompt).toBe('What can be leveraged to move us closer to our goals?')
    expect(PAIR_PROMPTS.rootCauses.prompt).toBe('What are the root causes?')
  })

  it('lists Tool A’s Data Analysis rows as S, O, W, T', () => {
    expect(TOOL_A_ROW_ORDER).toEqual(['strengths', 'opportunities', 'weaknesses', 'threats'])
  })

  it('refers only to coaching prompts that exist', () => {
    for (const id of [...SWOT_COACHING.toolBPromptIds, ...SWOT_COACHING.planningPromptIds]) expect(promptText(id), id).toBeDefined()
  })
})
