import { describe, expect, it } from 'vitest'
import { LEA_SELF_REFLECTION } from '../../../shared/content/lea-self-reflection'
import { causesByPractice, plansByPractice } from '../../../shared/domain/portfolio/by-practice'
import { causesCsv, heatmapCsv, plansCsv } from '../../../shared/domain/portfolio/csv'
import { rubricHeatmap } from '../../../shared/domain/portfolio/heatmap'
import { schoolData, type SchoolData } from '../../../shared/domain/portfolio/school'
import { emptyPlanDraft, noLinks, type PriorityDraft, type StrategyDraft } from '../../../shared/plan/draft'
import type { CauseInput, RubricTeamLevelInput, SnapshotInput } from '../../../shared/plan/input'

// Every raw record below also carries member data a careless reader might pass along: the roll-ups
// must copy none of it.
const MEMBER = (n: number) => `member-secret-${n}`
const NAME = (n: number) => `Secret Person ${n}`

const level = (elementId: string, lv: RubricTeamLevelInput['level'], n: number): RubricTeamLevelInput =>
  ({ elementId, level: lv, evidence: `evidence for ${elementId}`, ...{ setBy: MEMBER(n), setByName: NAME(n) } })
const cause = (text: string, practiceCode: string | undefined, heads: string[], n: number): CauseInput => ({
  id: `c-${text}`, text, kind: 'cause', actionable: true, evidence: 'walkthrough data', prioritised: true, headIds: heads, systemic: false,
  ...(practiceCode && { practiceCode }),
  ...{ authorId: MEMBER(n), author: NAME(n) },
})
const strategy = (ifWe: string, practiceCode: string | null, n: number): StrategyDraft => ({
  id: `s-${ifWe}`, ifWe, then: 'teachers plan better lessons', and: 'students grow', practiceCode, goalId: null,
  achievableWithinOneYear: false, links: noLinks(), measures: [],
  milestones: [{ id: 'm', text: 'Cycles run', timeline: 'Dec', actions: [{ id: 'a', text: 'Schedule', outputs: '', timeline: '', resources: '', responsible: [{ key: MEMBER(n), name: NAME(n) }], collaborators: NAME(n) }] }],
})
const priority = (title: string, strategies: StrategyDraft[]): PriorityDraft => ({ id: `p-${title}`, title, description: '', links: noLinks(), strategies, supports: [] })

function school(n: number, name: string, anonymous: boolean, input: Omit<SnapshotInput, 'plan'> & { priorities?: PriorityDraft[] }): SchoolData {
  const { priorities = [], ...rest } = input
  return schoolData({ workspaceId: `ws-${n}`, school: name }, { ...rest, plan: { ...emptyPlanDraft(), priorities } }, anonymous)
}

const SCHOOLS: SchoolData[] = [
  school(1, 'Adams Elementary', false, {
    rubric: [level('1a1', 0, 1), level('1a2', 1, 1), level('2a1', 2, 1)],
    causes: [cause('no common planning time', '1a', ['h1', 'h2'], 1), cause('pacing guide unused', '2b', ['h1'], 1)],
    priorities: [priority('Math instruction', [strategy('coach teachers', '2b', 1), strategy('protect planning time', '1a', 1)])],
  }),
  school(2, 'Baker Middle', true, {
    rubric: [level('1a1', 0, 2), level('1a2', 1, 2), level('2a1', 3, 2)],
    causes: [cause('data meetings skipped', '1a', ['h1'], 2)],
    priorities: [priority('Data use', [strategy('run monthly data meetings', '1a', 2)])],
  }),
  school(3, 'Carver High', false, {
    rubric: [],
    causes: [cause('not yet coded', undefined, ['h1'], 3)],
    priorities: [priority('Attendance', [strategy('call home daily', null, 3)])],
  }),
  school(4, 'Dunbar Academy', false, { rubric: [level('1a1', 3, 4), level('2a1', null, 4)] }),
  school(5, 'Eastside K-8', true, { rubric: [level('1a1', 3, 5), level('1a2', 2, 5)], causes: [cause('schedule conflicts', '1a', ['h9'], 5)] }),
]

const heatmap = rubricHeatmap(LEA_SELF_REFLECTION, SCHOOLS)
const element = (id: string) => heatmap.domains.flatMap((d) => d.elements).find((e) => e.id === id)!
const causes = causesByPractice(LEA_SELF_REFLECTION, SCHOOLS)
const plans = plansByPractice(LEA_SELF_REFLECTION, SCHOOLS)
const code = <T extends { code: string }>(list: readonly T[], c: string) => list.find((x) => x.code === c)!

describe('cross-school roll-ups of five schools', () => {
  it('lays out all 37 elements grouped by the four domains, with a column per school in order', () => {
    expect(heatmap.domains.map((d) => d.elements.length).reduce((a, b) => a + b, 0)).toBe(37)
    expect(heatmap.domains.map((d) => d.id)).toEqual(LEA_SELF_REFLECTION.domains.map((d) => d.id))
    expect(heatmap.schools.map((s) => s.school)).toEqual(['Adams Elementary', 'Baker Middle', 'Carver High', 'Dunbar Academy', 'Eastside K-8'])
    for (const e of heatmap.domains.flatMap((d) => d.elements)) expect(e.cells).toHaveLength(5)
  })

  it.each([
    { scenario: 'a tie: two schools low and two high', id: '1a1', counts: [2, 0, 0, 2], unset: 1 },
    { scenario: 'two basic and one moderate, two not set', id: '1a2', counts: [0, 2, 1, 0], unset: 2 },
    { scenario: 'a level left unagreed counts as not set, not as low', id: '2a1', counts: [0, 0, 1, 1], unset: 3 },
    { scenario: 'an element nobody scored', id: '4c1', counts: [0, 0, 0, 0], unset: 5 },
  ])('counts schools per level: $scenario ($id)', ({ id, counts, unset }) => {
    expect(element(id).counts).toEqual(counts)
    expect(element(id).unset).toBe(unset)
  })

  it.each([
    { scenario: 'missing rubric: listed, marked as having none, every cell blank', index: 2, hasRubric: false },
    { scenario: 'a school with an unagreed level still shows the ones it agreed', index: 3, hasRubric: true },
    { scenario: 'anonymous school: its team levels count like any other', index: 1, hasRubric: true },
  ])('$scenario', ({ index, hasRubric }) => {
    expect(heatmap.schools[index]!.hasRubric).toBe(hasRubric)
    if (!hasRubric) for (const e of heatmap.domains.flatMap((d) => d.elements)) expect(e.cells[index]!.level).toBeNull()
  })

  it('keeps each school’s evidence in its cell, one click away', () => {
    expect(element('1a1').cells[0]).toEqual({ level: 0, evidence: 'evidence for 1a1' })
  })

  it.each([
    { code: '1a', schools: 3, causes: 3, systemic: 1 },
    { code: '2b', schools: 1, causes: 1, systemic: 0 },
    { code: '3a', schools: 0, causes: 0, systemic: 0 },
  ])('tallies root causes by practice code $code: $schools schools, $systemic systemic', (row) => {
    const c = code(causes.codes, row.code)
    expect({ code: c.code, schools: c.schools, causes: c.causes.length, systemic: c.systemic }).toEqual(row)
  })

  it('marks a cause shared by two fishbone heads as systemic and counts uncoded causes apart', () => {
    expect(code(causes.codes, '1a').causes.find((c) => c.text === 'no common planning time')?.systemic).toBe(true)
    expect(causes.uncoded).toEqual({ causes: 1, schools: 1 })
    expect(causes.codes.map((c) => c.code)).toEqual(['1a', '1b', '1c', '2a', '2b', '2c', '3a', '3b', '3c', '4a', '4b', '4c'])
  })

  it.each([
    { code: '1a', schools: 2, strategies: 2, priorities: ['Math instruction', 'Data use'] },
    { code: '2b', schools: 1, strategies: 1, priorities: ['Math instruction'] },
  ])('tallies strategies by practice code $code with the priorities using them', (row) => {
    const c = code(plans.codes, row.code)
    expect({ code: c.code, schools: c.schools, strategies: c.strategies.length, priorities: c.priorities.map((p) => p.title) }).toEqual(row)
    expect(plans.uncoded).toEqual({ strategies: 1, schools: 1 })
  })

  it('writes theories of action as one "If we …, then …, and …." sentence', () => {
    expect(code(plans.codes, '2b').strategies[0]!.statement).toBe('If we coach teachers, then teachers plan better lessons, and students grow.')
  })

  it('puts no member id or name in any output, exports included', () => {
    const everything = JSON.stringify([SCHOOLS, heatmap, causes, plans]) + heatmapCsv(heatmap) + causesCsv(causes) + plansCsv(plans)
    for (let n = 1; n <= 5; n++) {
      expect(everything).not.toContain(MEMBER(n))
      expect(everything).not.toContain(NAME(n))
    }
  })

  it('ends every CSV export with the Tool C credit line', () => {
    for (const csv of [heatmapCsv(heatmap), causesCsv(causes), plansCsv(plans)]) expect(csv.trimEnd().split('\r\n').at(-1)).toContain('CC BY 4.0')
    expect(heatmapCsv(heatmap).split('\r\n')[0]).toContain('schools: Consistently Low Performance')
  })
})
