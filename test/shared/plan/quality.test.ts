import { describe, expect, it } from 'vitest'
import { emptyPlanDraft, noLinks, type ActionDraft, type PlanDraft, type PriorityDraft, type StrategyDraft } from '../../../shared/plan/draft'
import type { SnapshotInput } from '../../../shared/plan/input'
import { QUALITY_CODES, type QualityCode } from '../../../shared/plan/quality'
import { snapshotPlan } from '../../../shared/plan/snapshot'
import { CLOCK } from './fixtures'

const action = (responsible: string[]): ActionDraft => ({
  id: 'act-1', text: 'Do it', outputs: '', timeline: '', resources: '', collaborators: '', responsible: responsible.map((name, i) => ({ key: `m${i}`, name })),
})
const strategy = (over: Partial<StrategyDraft> = {}): StrategyDraft => ({
  id: 'strat-1', ifWe: 'a', then: 'b', and: 'c', practiceCode: null, goalId: null, achievableWithinOneYear: false, links: noLinks(),
  measures: [{ id: 'sm-1', indicator: '% lessons', dataSource: '', baseline: '', target1: '', target2: '' }],
  milestones: [{ id: 'mile-1', text: '', timeline: '', actions: [action(['Ana'])] }],
  ...over,
})
const priority = (id: string, strategies: StrategyDraft[] = [strategy()]): PriorityDraft => ({ id, title: id, description: '', links: noLinks(), strategies, supports: [] })
const withPlan = (over: Partial<PlanDraft>): SnapshotInput => ({ plan: { ...emptyPlanDraft(), priorities: [priority('prio-1')], ...over } })
const goalWithTargets = (...targets: string[]): SnapshotInput =>
  withPlan({ goals: [{ id: 'goal-1', statement: 'g', explanation: '', measures: [{ id: 'gm-1', indicator: 'i', dataSource: '', baseline: '', target1: targets[0] ?? '', target2: targets[1] ?? '', target3: targets[2] ?? '' }] }] })
const cause = (evidence: string) => ({ id: 'cause-1', text: 'Weak induction', kind: 'cause' as const, actionable: true, evidence, prioritised: true, headIds: [], systemic: false })

const fires = (input: SnapshotInput) => snapshotPlan(input, CLOCK).quality.map((f) => f.code)

describe('plan quality checks', () => {
  it.each<[string, QualityCode, SnapshotInput]>([
    ['five priority areas', QUALITY_CODES.tooManyPriorities, withPlan({ priorities: ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => priority(id, [])) })],
    ['a strategy with no measure for its "then" part', QUALITY_CODES.strategyUnmeasured, withPlan({ priorities: [priority('prio-1', [strategy({ measures: [] })])] })],
    ['a strategy whose only measure has no indicator', QUALITY_CODES.strategyUnmeasured, withPlan({ priorities: [priority('prio-1', [strategy({ measures: [{ id: 'm', indicator: ' ', dataSource: 'x', baseline: '', target1: '', target2: '' }] })])] })],
    ['a strategy marked achievable within one year', QUALITY_CODES.strategyOneYear, withPlan({ priorities: [priority('prio-1', [strategy({ achievableWithinOneYear: true })])] })],
    ['an action with no person responsible', QUALITY_CODES.actionOwner, withPlan({ priorities: [priority('prio-1', [strategy({ milestones: [{ id: 'mile-1', text: '', timeline: '', actions: [action([])] }] })])] })],
    ['an action with two people responsible', QUALITY_CODES.actionOwner, withPlan({ priorities: [priority('prio-1', [strategy({ milestones: [{ id: 'mile-1', text: '', timeline: '', actions: [action(['Ana', 'Ben'])] }] })])] })],
    ['an action whose only owner has a blank name', QUALITY_CODES.actionOwner, withPlan({ priorities: [priority('prio-1', [strategy({ milestones: [{ id: 'mile-1', text: '', timeline: '', actions: [action(['  '])] }] })])] })],
    ['a root cause without evidence', QUALITY_CODES.rootCauseEvidence, { causes: [cause(' ')] }],
    ['a SWOT item without evidence', QUALITY_CODES.swotEvidence, { swot: [{ id: 'sw-1', quadrant: 'threats', text: 'Budget cuts', evidence: '' }] }],
    ['a goal measure with one target', QUALITY_CODES.goalTargets, goalWithTargets('30%')],
    ['a goal measure with no targets', QUALITY_CODES.goalTargets, goalWithTargets()],
  ])('reports %s', (_, code, input) => {
    expect(fires(input)).toContain(code)
  })

  it.each<[string, QualityCode, SnapshotInput]>([
    ['four priority areas', QUALITY_CODES.tooManyPriorities, withPlan({ priorities: ['p1', 'p2', 'p3', 'p4'].map((id) => priority(id)) })],
    ['a strategy with a measure', QUALITY_CODES.strategyUnmeasured, withPlan({})],
    ['a strategy that takes more than a year', QUALITY_CODES.strategyOneYear, withPlan({})],
    ['an action with exactly one owner', QUALITY_CODES.actionOwner, withPlan({})],
    ['a root cause with evidence', QUALITY_CODES.rootCauseEvidence, { causes: [cause('Exit surveys')] }],
    ['a symptom without evidence (not a root cause)', QUALITY_CODES.rootCauseEvidence, { causes: [{ ...cause(''), kind: 'symptom' }] }],
    ['a root cause whose evidence is a link', QUALITY_CODES.rootCauseEvidence, { causes: [{ ...cause(''), link: 'https://example.org/survey' }] }],
    ['a SWOT item whose evidence is a link', QUALITY_CODES.swotEvidence, { swot: [{ id: 'sw-1', quadrant: 'threats', text: 'Budget cuts', evidence: '', link: 'https://example.org' }] }],
    ['a SWOT item with evidence', QUALITY_CODES.swotEvidence, { swot: [{ id: 'sw-1', quadrant: 'threats', text: 'Budget cuts', evidence: 'Board minutes' }] }],
    ['a rubric candidate weakness without evidence', QUALITY_CODES.swotEvidence, { rubric: [{ elementId: '1a1', level: 0, evidence: '' }] }],
    ['a goal measure with two targets', QUALITY_CODES.goalTargets, goalWithTargets('30%', '50%')],
  ])('does not report %s', (_, code, input) => {
    expect(fires(input)).not.toContain(code)
  })

  it('names the item, keeps a stable id and never changes the plan', () => {
    const input = withPlan({ priorities: [priority('prio-1', [strategy({ achievableWithinOneYear: true })])] })
    const plan = snapshotPlan(input, CLOCK)
    expect(plan.quality).toEqual([expect.objectContaining({ id: 'strategy-within-one-year:strat-1', target: { kind: 'strategy', id: 'strat-1', label: 'Strategy 1.1' } })])
    expect(plan.quality[0]?.message).toContain('Strategy 1.1')
    expect(plan.sections.planning.priorities[0]?.strategies[0]?.achievableWithinOneYear).toBe(true)
  })
})
