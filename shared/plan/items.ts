/**
 * The kinds of item in the plan draft, their parent kind and their free-text fields. The Y.Doc
 * layer (shared/doc/plan.ts), the reader and the tests are all driven by this one table.
 */
export const PLAN_ITEMS = {
  leader: { parent: null, texts: ['name', 'position'] },
  goal: { parent: null, texts: ['statement', 'explanation'] },
  goalMeasure: { parent: 'goal', texts: ['indicator', 'dataSource', 'baseline', 'target1', 'target2', 'target3'] },
  signature: { parent: null, texts: ['name', 'position', 'planRole'] },
  priority: { parent: null, texts: ['title', 'description'] },
  strategy: { parent: 'priority', texts: ['ifWe', 'then', 'and'] },
  strategyMeasure: { parent: 'strategy', texts: ['indicator', 'dataSource', 'baseline', 'target1', 'target2'] },
  milestone: { parent: 'strategy', texts: ['text', 'timeline'] },
  action: { parent: 'milestone', texts: ['text', 'outputs', 'timeline', 'resources', 'collaborators'] },
  support: { parent: 'priority', texts: ['needed', 'provided', 'provider', 'howUsed', 'effectiveness'] },
} as const satisfies Record<string, { parent: string | null; texts: readonly string[] }>

export type PlanItemKind = keyof typeof PLAN_ITEMS
export type PlanItemText<K extends PlanItemKind> = (typeof PLAN_ITEMS)[K]['texts'][number]
export const PLAN_ITEM_KINDS = Object.keys(PLAN_ITEMS) as PlanItemKind[]

/** Item kinds a priority or strategy can be traced to (fishbone causes, SWOT items, rubric elements). */
export const LINK_KINDS = ['cause', 'swot', 'rubric'] as const
export type LinkKind = (typeof LINK_KINDS)[number]
export type Linkable = 'priority' | 'strategy'

/** Kinds whose parent is `kind` (for cascading deletes). */
export function childKinds(kind: PlanItemKind): PlanItemKind[] {
  return PLAN_ITEM_KINDS.filter((k) => PLAN_ITEMS[k].parent === kind)
}
