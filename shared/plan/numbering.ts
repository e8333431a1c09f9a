/**
 * Tool A's hierarchical numbers, derived from order and never stored: Priority n, Strategy n.m,
 * Milestone n.m.k, Action n.m.k.j. Renumbering after an insert, move or delete is automatic, which
 * also avoids the template's own copy-paste numbering errors (2.1.1.x under Priority 3).
 */
export const NUMBERED_LEVELS = {
  priority: 'Priority',
  strategy: 'Strategy',
  milestone: 'Milestone',
  action: 'Action',
} as const
export type NumberedLevel = keyof typeof NUMBERED_LEVELS

type Tree = readonly {
  readonly id: string
  readonly strategies: readonly {
    readonly id: string
    readonly milestones: readonly { readonly id: string; readonly actions: readonly { readonly id: string }[] }[]
  }[]
}[]

export type PlanNumber = { readonly level: NumberedLevel; readonly number: string; readonly label: string }

/** "Strategy 1.2" */
export const numberLabel = (level: NumberedLevel, number: string): string => `${NUMBERED_LEVELS[level]} ${number}`

/** Every priority, strategy, milestone and action id → its number and label. */
export function numberPlan(priorities: Tree): ReadonlyMap<string, PlanNumber> {
  const out = new Map<string, PlanNumber>()
  const put = (level: NumberedLevel, id: string, number: string) => out.set(id, { level, number, label: numberLabel(level, number) })
  priorities.forEach((p, n) => {
    const pn = `${n + 1}`
    put('priority', p.id, pn)
    p.strategies.forEach((s, m) => {
      const sn = `${pn}.${m + 1}`
      put('strategy', s.id, sn)
      s.milestones.forEach((ms, k) => {
        const mn = `${sn}.${k + 1}`
        put('milestone', ms.id, mn)
        ms.actions.forEach((a, j) => put('action', a.id, `${mn}.${j + 1}`))
      })
    })
  })
  return out
}
