/**
 * The plan a year is monitored against: the ids, numbers and texts of a snapshot's goals,
 * priorities, strategies, milestones and actions. It is copied from an immutable snapshot version
 * (never from the live draft), so what the board signed cannot change under the team's feet.
 */
import * as z from 'zod'
import type { PlanDocument } from '../../plan/document'

const s = z.string()
const Measure = z.object({ id: s, number: s, indicator: s, baseline: s, targets: z.array(s) })
const Action = z.object({ id: s, number: s, text: s, outputs: s, timeline: s, resources: s, responsible: s })
const Milestone = z.object({ id: s, number: s, text: s, timeline: s, actions: z.array(Action) })
const Strategy = z.object({ id: s, number: s, statement: s, measures: z.array(Measure), milestones: z.array(Milestone) })
export const PlanSkeleton = z.object({
  version: z.number().int().positive(),
  title: s,
  goals: z.array(z.object({ id: s, number: s, statement: s, measures: z.array(Measure) })),
  priorities: z.array(z.object({ id: s, number: s, title: s, strategies: z.array(Strategy) })),
})
export type PlanSkeleton = z.infer<typeof PlanSkeleton>
export type SkeletonStrategy = z.infer<typeof Strategy>
export type SkeletonMilestone = z.infer<typeof Milestone>
export type SkeletonAction = z.infer<typeof Action>
export type SkeletonMeasure = z.infer<typeof Measure>

export function skeletonFromPlan(plan: PlanDocument, version: number): PlanSkeleton {
  return {
    version,
    title: plan.title,
    goals: plan.sections.direction.goals.map((g) => ({
      id: g.id,
      number: g.number,
      statement: g.statement,
      measures: g.measures.map((m) => ({ id: m.id, number: `${g.number}.${m.number}`, indicator: m.indicator, baseline: m.baseline, targets: m.targets })),
    })),
    priorities: plan.sections.planning.priorities.map((p) => ({
      id: p.id,
      number: p.number,
      title: p.title,
      strategies: p.strategies.map((st) => ({
        id: st.id,
        number: st.number,
        statement: st.statement,
        measures: st.measures.map((m, i) => ({ id: m.id, number: `${st.number} measure ${i + 1}`, indicator: m.indicator, baseline: m.baseline, targets: m.targets })),
        milestones: st.milestones.map((m) => ({
          id: m.id,
          number: m.number,
          text: m.text,
          timeline: m.timeline,
          actions: m.actions.map((a) => ({ id: a.id, number: a.number, text: a.text, outputs: a.outputs, timeline: a.timeline, resources: a.resources, responsible: a.responsible.join(', ') })),
        })),
      })),
    })),
  }
}

export const allStrategies = (sk: PlanSkeleton): SkeletonStrategy[] => sk.priorities.flatMap((p) => p.strategies)
export const allMilestones = (sk: PlanSkeleton): SkeletonMilestone[] => allStrategies(sk).flatMap((s) => s.milestones)
export const allActions = (sk: PlanSkeleton): SkeletonAction[] => allMilestones(sk).flatMap((m) => m.actions)
export const allMeasures = (sk: PlanSkeleton): { readonly kind: 'goal' | 'strategy'; readonly ownerNumber: string; readonly measure: SkeletonMeasure }[] => [
  ...sk.goals.flatMap((g) => g.measures.map((measure) => ({ kind: 'goal' as const, ownerNumber: g.number, measure }))),
  ...allStrategies(sk).flatMap((s) => s.measures.map((measure) => ({ kind: 'strategy' as const, ownerNumber: s.number, measure }))),
]
