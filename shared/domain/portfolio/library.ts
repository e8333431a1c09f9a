/**
 * The strategy library: every strategy (theory of action) in the organisation's final plans, by
 * practice code, with its school, measures and milestones. Action owners are left out on purpose:
 * they are people's names and a library entry is meant to travel to other schools.
 */
import type { PlanDocument } from '../../plan/document'
import type { LibraryStrategy, SchoolRef } from './schema'

export type FinalPlan = SchoolRef & {
  readonly version: number
  readonly finalMarked: boolean
  readonly plan: PlanDocument
  /** "how they did" per strategy id, where monitoring exists */
  readonly monitoring?: ReadonlyMap<string, string>
}

export function libraryStrategies(plans: readonly FinalPlan[]): LibraryStrategy[] {
  const out: LibraryStrategy[] = []
  for (const p of plans)
    for (const priority of p.plan.sections.planning.priorities)
      for (const st of priority.strategies) {
        if (!st.statement.trim()) continue
        out.push({
          workspaceId: p.workspaceId,
          school: p.school,
          version: p.version,
          finalMarked: p.finalMarked,
          strategyId: st.id,
          number: st.number,
          priority: priority.title,
          statement: st.statement,
          practiceCode: st.practiceCode,
          practiceTitle: st.practiceTitle,
          measures: st.measures.map((m) => ({ indicator: m.indicator, baseline: m.baseline, targets: [...m.targets] })),
          milestones: st.milestones.map((m) => ({ text: m.text, timeline: m.timeline })),
          monitoring: p.monitoring?.get(st.id) ?? null,
        })
      }
  // by practice code (uncoded last), then school, then plan number
  const key = (s: LibraryStrategy) => `${s.practiceCode ?? '9z'}\u0000${s.school}\u0000${s.number}`
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}
