import { describe, expect, it } from 'vitest'
import { isPromptGroup, TOOL_B, TOOL_B_ATTRIBUTION, toolBPrompts, type ToolBPhase, type ToolBPhaseId } from '../../../shared/content/coaching-prompts'

const PHASES: readonly ToolBPhase[] = TOOL_B

describe('Tool B coaching prompts', () => {
  it.each<[ToolBPhaseId, number]>([
    ['direction', 31],
    ['needs', 16],
    ['plan', 25],
    ['implement', 17],
    ['monitor', 13],
    ['story', 9],
  ])('phase %s has %i prompts', (phase, count) => {
    expect(toolBPrompts(phase)).toHaveLength(count)
  })

  it('has 111 prompts in six phases, in the seed order', () => {
    expect(TOOL_B.map((p) => p.id)).toEqual(['direction', 'needs', 'plan', 'implement', 'monitor', 'story'])
    expect(toolBPrompts()).toHaveLength(111)
  })

  it.each([
    ['b.direction.vision-mission', 'Vision/Mission', 8],
    ['b.direction.goals', 'Goals', 8],
    ['b.direction.goal-measures', 'Goal Measures', 11],
    ['b.direction.purpose', 'Purpose (for SEAs and LEAs)', 4],
    ['b.implement.general', null, 3],
    ['b.implement.communication', 'Communication', 6],
    ['b.implement.collaboration', 'Collaboration', 8],
  ])('sub-section %s (%s) has %i prompts', (id, title, count) => {
    const section = PHASES.flatMap((p) => p.sections).find((s) => s.id === id)
    expect(section?.title).toBe(title)
    expect(toolBPrompts().filter((p) => p.sectionId === id)).toHaveLength(count)
  })

  it('keeps the four grouping bullets as headers, not prompts', () => {
    const groups = PHASES.flatMap((p) => p.sections.flatMap((s) => s.items.filter(isPromptGroup)))
    expect(groups.map((g) => g.header)).toEqual([
      'If a mission exists:',
      'If creating a new mission:',
      'If goals already exist:',
      'Root cause questions: Ask questions to move beyond money, time, and blame.',
    ])
    expect(groups.map((g) => g.prompts.length)).toEqual([4, 3, 5, 6])
    const texts = new Set(toolBPrompts().map((p) => p.text))
    for (const g of groups) expect(texts.has(g.header)).toBe(false)
  })

  it('gives every prompt a unique id under its phase and section', () => {
    const prompts = toolBPrompts()
    expect(new Set(prompts.map((p) => p.id)).size).toBe(prompts.length)
    for (const p of prompts) expect(p.id.startsWith(`${p.sectionId}.`) && p.sectionId.startsWith(`b.${p.phaseId}.`)).toBe(true)
  })

  it('keeps the seed wording, including its slips', () => {
    const text = toolBPrompts().map((p) => p.text)
    expect(text).toContain('Is this a cause or a symptom?')
    expect(text.some((t) => t.includes('If it cannot be measured that the strategy needs to be revised.'))).toBe(true)
    expect(text.every((t) => !t.includes('*'))).toBe(true)
  })

  it('numbers five phases and leaves Tell the Story unnumbered, each with a preparation note', () => {
    expect(TOOL_B.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, null])
    for (const p of TOOL_B) expect(p.preparation.length).toBeGreaterThan(50)
  })

  it('carries the CC BY attribution', () => {
    expect(TOOL_B_ATTRIBUTION.licence).toMatch(/CC BY 4\.0/)
    expect(TOOL_B_ATTRIBUTION.source).toMatch(/Layland.*Corbett.*2017/)
  })
})
