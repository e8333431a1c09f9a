import { describe, expect, it } from 'vitest'
import { AGENDA_TEMPLATES, agendaTemplate, resolveBoard, TOOLS } from '../../../shared/content/agendas'
import { promptsFor } from '../../../shared/domain/facilitation/decks'

describe('agenda templates', () => {
  it.each([
    ['root-cause', ['direction', 'self-reflection', 'swot', 'root-causes', 'prioritise', 'plan', 'snapshot']],
    ['rubric-scoring', ['score', 'reveal', 'team-levels', 'strengths', 'to-swot']],
    ['symposium', ['panels', 'cross-role', 'gallery', 'role-alike', 'share-out', 'synthesis', 'closing']],
    ['monthly-check-in', ['statuses', 'behind', 'adjust']],
    ['quarterly-review', ['progress', 'implementation', 'results', 'pdsa', 'supports']],
  ])('%s runs its phases in order', (id, phases) => {
    expect(agendaTemplate(id)?.phases.map((p) => p.id)).toEqual(phases)
  })

  const phases = AGENDA_TEMPLATES.flatMap((t) => t.phases.map((p) => [`${t.id}/${p.id}`, p] as const))

  it.each(phases)('%s names prompts that exist, known tools and positive minutes', (_, phase) => {
    expect(promptsFor(phase.prompts).length).toBeGreaterThan(0)
    for (const ref of phase.prompts) expect(promptsFor([ref]).length, ref).toBeGreaterThan(0)
    for (const tool of phase.tools) expect(TOOLS).toContain(tool)
    expect(phase.minutes).toBeGreaterThan(0)
    expect(phase.board.length).toBeGreaterThan(0)
  })

  it('marks the two symposium breakout phases with their grouping mode', () => {
    const sym = agendaTemplate('symposium')
    expect(sym?.phases.filter((p) => 'breakout' in p).map((p) => ('breakout' in p ? p.breakout : null))).toEqual(['cross-role', 'role-alike'])
    for (const p of sym?.phases ?? []) if ('breakout' in p) expect(p.tools).toContain('breakouts')
  })

  it('has unique phase ids within each template', () => {
    for (const t of AGENDA_TEMPLATES) expect(new Set(t.phases.map((p) => p.id)).size).toBe(t.phases.length)
  })

  it('falls back to a whiteboard for a board kind this client does not have yet', () => {
    expect(resolveBoard('synthesis', new Set(['swot', 'whiteboard']))).toBe('whiteboard')
    expect(resolveBoard('swot', new Set(['swot', 'whiteboard']))).toBe('swot')
    expect(resolveBoard('gallery', new Set(), 'notes')).toBe('notes')
  })
})
