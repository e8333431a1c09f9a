/** Small hand-made monitoring reads for edge cases: one strategy, one milestone, actions as given. */
import type { ActionRow, MonitoringRead, MonthEntry } from '../../../../shared/domain/monitoring/model'
import type { PlanSkeleton } from '../../../../shared/domain/monitoring/skeleton'

export interface ActionSpec {
  readonly id: string
  readonly due?: string
  readonly addedIn?: string
  readonly months?: Record<string, MonthEntry>
}

export function readWith(actions: readonly ActionSpec[], milestones = 1): MonitoringRead {
  const skeleton: PlanSkeleton = {
    version: 1,
    title: 'Test plan',
    goals: [],
    priorities: [{
      id: 'p1', number: '1', title: 'P',
      strategies: [{
        id: 's1', number: '1.1', statement: 'If we …', measures: [],
        milestones: Array.from({ length: milestones }, (_, k) => ({
          id: `m${k + 1}`, number: `1.1.${k + 1}`, text: `Milestone ${k + 1}`, timeline: '',
          actions: actions.filter((_, i) => i % milestones === k).map((a, j) => ({ id: a.id, number: `1.1.${k + 1}.${j + 1}`, text: a.id, outputs: `${a.id} output`, timeline: '', resources: '', responsible: 'Ana' })),
        })),
      }],
    }],
  }
  const rows: Record<string, ActionRow> = {}
  for (const a of actions) rows[a.id] = { id: a.id, due: a.due ?? null, addedIn: a.addedIn ?? '2026-08', retiredIn: null, months: a.months ?? {} }
  return { skeleton, yearStart: '2026-08', yearLabel: '2026-27', planYear: 1, rows, periods: {}, results: {}, annual: {}, pdsa: [] }
}
