import { describe, expect, it } from 'vitest'
import { parsePlanDocument, planToJson } from '../../../shared/plan/document'
import { snapshotPlan, } from '../../../shared/plan/snapshot'
import { theoryOfAction } from '../../../shared/plan/planning'
import { SECTION_ORDER, TOOL_A_TEXT } from '../../../shared/plan/tool-a'
import { CLOCK, largeInput, sampleInput } from './fixtures'

describe('snapshotPlan', () => {
  it('snapshots an empty board into every Tool A section, in order', () => {
    const plan = snapshotPlan({}, CLOCK)
    expect(Object.keys(plan.sections)).toEqual(SECTION_ORDER)
    expect(plan.sections.planning.priorities).toEqual([])
    expect(plan.sections.needs.dataAnalysis.rows).toEqual([])
    expect(plan.sections.atAGlance.fields.find((f) => f.id === 'dateOfPlan')?.value).toBe('2025-03-04')
    expect(plan.quality).toEqual([])
    expect(parsePlanDocument(JSON.parse(planToJson(plan)))).toEqual({ ok: true, value: plan })
  })

  it('numbers priorities, strategies, milestones and actions 1 / 1.1 / 1.1.1 / 1.1.1.1', () => {
    const { priorities } = snapshotPlan(sampleInput(), CLOCK).sections.planning
    const s = priorities[0]?.strategies[0]
    expect([priorities[0]?.heading, s?.heading, s?.milestones[0]?.heading, s?.milestones[0]?.actions.map((a) => a.number)])
      .toEqual(['Priority 1', 'Strategy 1.1', 'Milestone 1.1.1', ['1.1.1.1', '1.1.1.2']])
  })

  it('writes a strategy as one theory-of-action sentence with its practice and goal', () => {
    const s = snapshotPlan(sampleInput(), CLOCK).sections.planning.priorities[0]?.strategies[0]
    expect(s?.statement).toBe('If we coach math teachers on explicit instruction, then teachers will plan standards-based lessons, and each student will meet growth targets.')
    expect(s).toMatchObject({ practiceCode: '3b', practiceTitle: 'Provide rigorous evidence-based instruction', goal: { id: 'goal-1', heading: 'Goal 1' } })
  })

  it.each([
    [{ ifWe: '', then: '', and: '' }, ''],
    [{ ifWe: 'If train staff.', then: 'Then they teach', and: '' }, 'If we train staff, then they teach.'],
    [{ ifWe: '', then: 'teachers plan together', and: '' }, 'Then teachers plan together.'],
  ])('composes the statement from its three slots (%o)', (slots, statement) => {
    expect(theoryOfAction(slots).statement).toBe(statement)
  })

  it('maps SWOT items to Data Analysis rows and weak team rubric levels to coded candidate weaknesses', () => {
    const input = { ...sampleInput(), rubric: [
      { elementId: '2a3', level: 1 as const, evidence: 'No mentor' },
      { elementId: '1a1', level: 0 as const, evidence: '' },
      { elementId: '3a1', level: 2 as const, evidence: 'Moderate is not weak' },
      { elementId: '4a1', level: null, evidence: 'not agreed' },
    ] }
    const rows = snapshotPlan(input, CLOCK).sections.needs.dataAnalysis.rows
    expect(rows.map((r) => [r.quadrant, r.source, r.code])).toEqual([
      ['strengths', 'swot', null], ['weaknesses', 'swot', null], ['weaknesses', 'rubric', '2a3'], ['weaknesses', 'rubric', '1a1'],
    ])
    expect(rows[2]?.text).toContain('Induction program')
    expect(rows[2]?.text).toContain('Basic Performance')
    expect(rows[2]?.note).toContain('not a needs assessment')
  })

  it('lists only prioritised, actionable causes (not symptoms) as root causes, systemic when shared by several heads', () => {
    const base = { kind: 'cause' as const, actionable: true, evidence: 'e', prioritised: true, headIds: ['h1'], systemic: false }
    const plan = snapshotPlan({
      heads: [{ id: 'h1', text: 'Low math' }, { id: 'h2', text: 'Turnover' }],
      causes: [
        { ...base, id: 'c-root', text: 'root', practiceCode: '2a' },
        { ...base, id: 'c-symptom', text: 'symptom', kind: 'symptom' },
        { ...base, id: 'c-not-actionable', text: 'weather', actionable: false },
        { ...base, id: 'c-not-prioritised', text: 'minor', prioritised: false },
        { ...base, id: 'c-shared', text: 'PD implementation', headIds: ['h1', 'h2'] },
        { ...base, id: 'c-tagged', text: 'tagged systemic', systemic: true },
      ],
    }, CLOCK)
    const causes = plan.sections.needs.dataAnalysis.rootCauses.causes
    expect(causes.map((c) => [c.id, c.systemic])).toEqual([['c-root', false], ['c-shared', true], ['c-tagged', true]])
    expect(causes[0]).toMatchObject({ practiceCode: '2a', practiceTitle: 'Recruit, develop, retain, & sustain talent', heads: ['Low math'] })
    expect(causes[1]?.heads).toEqual(['Low math', 'Turnover'])
  })

  it('answers the two process questions from the session facts, keeping the team\'s own answer', () => {
    const [how, input] = snapshotPlan(sampleInput(), CLOCK).sections.needs.questions
    expect(how?.question).toBe(TOOL_A_TEXT.howCompleted)
    expect(how?.fromSession).toBe(
      'On March 4, 2025, the team met in a facilitated session and used the LEA Self-Reflection (Tool C), a SWOT analysis, fishbone diagrams and 5 Whys. 4 participants took part, led by 1 facilitator.',
    )
    expect(input?.fromSession).toContain('Teacher (3) and Principal (1)')
    expect(input?.fromSession).toContain('only as anonymous counts per element')
    expect(input?.record.map((r) => r.id)).toEqual(['roles', 'rubric'])
  })

  it('suggests the checklist lines a rubric session informs without ticking them', () => {
    const lines = snapshotPlan(sampleInput(), CLOCK).sections.needs.elements.lines
    expect(lines.find((l) => l.id === 'policies')).toMatchObject({ checked: false, suggested: true })
    expect(lines.find((l) => l.id === 'demographics')).toMatchObject({ checked: true, suggested: false })
    expect(lines.find((l) => l.id === 'demographics')?.options[0]).toMatchObject({ id: 'demographics.student', checked: true })
  })

  it('traces a priority to the causes it links, flagging links to items no longer on the board', () => {
    const input = sampleInput()
    expect(snapshotPlan(input, CLOCK).sections.planning.priorities[0]?.trace).toEqual([{ kind: 'cause', id: 'cause-1', label: 'Induction program is not sufficient', found: true }])
    expect(snapshotPlan({ ...input, causes: [] }, CLOCK).sections.planning.priorities[0]?.trace[0]?.found).toBe(false)
  })

  it('fills the overview grid, leverage notes, top priorities, supports and reporting cadences', () => {
    const { sections } = snapshotPlan(sampleInput(), CLOCK)
    expect(sections.overview.rows).toEqual([expect.objectContaining({ id: 'mile-1', indicator: '% of lesson plans standards-based', timeline: 'By December' })])
    expect(sections.needs.dataAnalysis.leverage.notes.map((n) => n.text)).toEqual(['Strong PLC culture in grade 6.'])
    expect(sections.needs.topPriorities.items).toEqual([{ id: 'prio-1', number: '1', title: '7th-grade math achievement' }])
    expect(sections.supports.rows[0]).toMatchObject({ priority: '1', needed: 'Math PD' })
    expect(sections.reporting.cadences.map((c) => c.id)).toEqual(['monthly', 'quarterly', 'semester', 'annual'])
    expect(sections.signatures.statement).toBe('I have reviewed the plan and understand the work that we need to do together to fully implement the plan.')
  })

  it('keeps the first date as Date of Plan on a re-snapshot and records the update', () => {
    const plan = snapshotPlan({ ...sampleInput(), revision: { dateOfPlan: '2024-09-01', note: 'Added strategy 1.2' } }, CLOCK)
    const value = (id: string) => plan.sections.atAGlance.fields.find((f) => f.id === id)?.value
    expect([value('dateOfPlan'), value('dateOfUpdate'), value('updateSummary')]).toEqual(['2024-09-01', '2025-03-04', 'Added strategy 1.2'])
  })

  it('credits Tool A under CC BY 4.0', () => {
    const { attribution } = snapshotPlan({}, CLOCK)
    expect(attribution.text).toContain('Layland')
    expect(attribution.text).toContain('CC BY 4.0')
    expect(attribution.source).toContain('CCSSO')
  })

  it('is a pure function of its input and clock', () => {
    const input = largeInput()
    expect(snapshotPlan(input, CLOCK)).toEqual(snapshotPlan(input, CLOCK))
  })

  it('rejects a stored document with a bad field, naming it', () => {
    const json = JSON.parse(planToJson(snapshotPlan({}, CLOCK)))
    json.sections.planning.priorities = 'nope'
    const parsed = parsePlanDocument(json)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.error).toContain('sections.planning.priorities')
  })
})
