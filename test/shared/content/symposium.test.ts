import { describe, expect, it } from 'vitest'
import { GROUP_OUTPUT_SECTIONS, SYMPOSIUM_STAGES, SYNTHESIS_TOPICS, symposiumPrompts } from '../../../shared/content/symposium'

describe('symposium format', () => {
  it('runs panels → cross-role → gallery → role-alike → share-out → synthesis → closing', () => {
    expect(SYMPOSIUM_STAGES.map((s) => s.id)).toEqual(['s.panel', 's.cross-role', 's.gallery', 's.role-alike', 's.share-out', 's.synthesis', 's.closing'])
  })

  it.each([
    ['s.panel', 3],
    ['s.cross-role', 2],
    ['s.role-alike', 3],
  ])('stage %s keeps the seed’s number of framing questions (%i)', (id, count) => {
    expect(SYMPOSIUM_STAGES.find((s) => s.id === id)?.prompts).toHaveLength(count)
  })

  it('has unique prompt ids, four synthesis topics and the three group output sections', () => {
    const ids = symposiumPrompts().map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(SYNTHESIS_TOPICS).toHaveLength(4)
    expect(GROUP_OUTPUT_SECTIONS.map((s) => s.title)).toEqual(['Central themes', 'Challenges', 'Recommendations'])
  })
})
