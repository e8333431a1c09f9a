/**
 * The annual review → next year's plan draft (pure): goals with their indicators, the year's
 * latest actual value as the new baseline and the targets moved up a year; every priority; and
 * only the strategies not finished this year, with their unfinished milestones and actions and
 * the traceability links they had. Each carried item says where it came from (version, number).
 */
import type { PlanDocument, PlanTrace } from '../../plan/document'
import type { MonitoringRead } from './model'
import { doneMonth, trackedIn } from './status'
import { addMonths } from './periods'
import { latestInYear } from './results'

export interface CarriedMeasure {
  readonly indicator: string
  readonly dataSource: string
  readonly baseline: string
  readonly targets: readonly string[]
}
export interface CarriedAction {
  readonly text: string
  readonly outputs: string
  readonly resources: string
  readonly responsible: readonly string[]
  readonly collaborators: string
}
export interface CarriedStrategy {
  readonly from: string
  readonly ifWe: string
  readonly then: string
  readonly and: string
  readonly practiceCode: string | null
  /** index into `goals` */
  readonly goalIndex: number | null
  readonly trace: readonly PlanTrace[]
  readonly measures: readonly CarriedMeasure[]
  readonly milestones: readonly { readonly text: string; readonly from: string; readonly actions: readonly CarriedAction[] }[]
}
export interface CarryForward {
  readonly historyNote: string
  readonly vision: string
  readonly mission: string
  readonly goals: readonly { readonly statement: string; readonly explanation: string; readonly measures: readonly CarriedMeasure[] }[]
  readonly priorities: readonly { readonly title: string; readonly description: string; readonly trace: readonly PlanTrace[]; readonly strategies: readonly CarriedStrategy[] }[]
  /** "Strategy 1.2 (2 of 3 milestones complete)" lines for the review's summary */
  readonly finished: readonly string[]
  readonly carried: readonly string[]
}

function nextMeasure(read: MonitoringRead, m: { id: string; indicator: string; dataSource: string; baseline: string; targets: readonly string[] }): CarriedMeasure {
  const latest = latestInYear(read, m.id, read.planYear)
  const targets = m.targets.slice(read.planYear)
  return { indicator: m.indicator, dataSource: m.dataSource, baseline: latest ? `${latest.value} (${latest.period} ${read.yearLabel})`.trim() : m.baseline, targets: [...targets, ...m.targets.map(() => '')].slice(0, m.targets.length) }
}

export function carryForward(plan: PlanDocument, read: MonitoringRead, version: number): CarryForward {
  const yearEnd = addMonths(read.yearStart, 11)
  const origin = `plan version ${version}${read.yearLabel ? ` (${read.yearLabel})` : ''}`
  const done = (actionId: string) => doneMonth(read.rows[actionId], yearEnd) !== null
  const tracked = (actionId: string) => trackedIn(read.rows[actionId], yearEnd, read.yearStart)
  const goalIndex = new Map(plan.sections.direction.goals.map((g, i) => [g.id, i]))
  const finished: string[] = []
  const carried: string[] = []
  const priorities = plan.sections.planning.priorities.map((p) => {
    const strategies = p.strategies.flatMap((s): CarriedStrategy[] => {
      const open = s.milestones.filter((m) => m.actions.filter((a) => tracked(a.id)).some((a) => !done(a.id)) || m.actions.length === 0)
      const line = `Strategy ${s.number} (${s.milestones.length - open.length} of ${s.milestones.length} milestones complete)`
      if (open.length === 0) {
        finished.push(line)
        return []
      }
      carried.push(line)
      return [{
        from: `Strategy ${s.number} of ${origin}`,
        ifWe: s.ifWe,
        then: s.then,
        and: s.and,
        practiceCode: s.practiceCode,
        goalIndex: s.goal ? (goalIndex.get(s.goal.id) ?? null) : null,
        trace: s.trace.filter((t) => t.found),
        measures: s.measures.map((m) => nextMeasure(read, m)),
        milestones: open.map((m) => ({
          text: m.text,
          from: `Milestone ${m.number} of ${origin}`,
          actions: m.actions.filter((a) => !done(a.id)).map((a) => ({ text: a.text, outputs: a.outputs, resources: a.resources, responsible: a.responsible, collaborators: a.collaborators })),
        })),
      }]
    })
    const history = `Carried forward from Priority ${p.number} of ${origin}.${strategies.length ? ` Unfinished: ${strategies.map((s) => s.from.split(' of ')[0]).join(', ')}.` : ' Every strategy was finished.'}`
    return { title: p.title, description: [p.description, history].filter((x) => x.trim()).join('\n'), trace: p.trace.filter((t) => t.found), strategies }
  })
  return {
    historyNote: `Started from the annual review of ${origin}. Recommendations: ${read.annual.recommendations?.trim() || 'none recorded'}`,
    vision: plan.sections.direction.vision,
    mission: plan.sections.direction.mission,
    goals: plan.sections.direction.goals.map((g) => ({
      statement: g.statement,
      explanation: [g.explanation, `Carried forward from ${g.heading} of ${origin}; baselines are this year's results.`].filter((x) => x.trim()).join('\n'),
      measures: g.measures.map((m) => nextMeasure(read, m)),
    })),
    priorities,
    finished,
    carried,
  }
}
