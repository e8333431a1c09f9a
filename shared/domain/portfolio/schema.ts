/**
 * What the organisation roll-ups return, as zod schemas: the server builds these values with the
 * pure functions beside this file and the client parses them. No schema has a field that could hold
 * a member id or name — the roll-ups are built from team-level board data and final plans only.
 */
import * as z from 'zod'

const s = z.string()
const level = z.number().int().min(0).max(3).nullable()

export const SchoolRef = z.object({ workspaceId: s, school: s })
export type SchoolRef = z.infer<typeof SchoolRef>

export const HeatmapCell = z.object({ level, evidence: s })
export const HeatmapElement = z.object({
  id: s,
  shortTitle: s,
  practiceId: s,
  /** schools at each level, lowest first */
  counts: z.array(z.number().int()),
  /** schools with no agreed team level for this element */
  unset: z.number().int(),
  /** one per school, in the order of `RubricHeatmap.schools` */
  cells: z.array(HeatmapCell),
})
export const RubricHeatmap = z.object({
  levels: z.array(s),
  schools: z.array(SchoolRef.extend({ hasRubric: z.boolean() })),
  domains: z.array(z.object({ id: s, title: s, elements: z.array(HeatmapElement) })),
  credit: s,
})
export type RubricHeatmap = z.infer<typeof RubricHeatmap>
export type HeatmapElement = z.infer<typeof HeatmapElement>

export const CauseByPractice = z.object({
  code: s,
  title: s,
  /** how many schools have at least one root cause with this code */
  schools: z.number().int(),
  systemic: z.number().int(),
  causes: z.array(SchoolRef.extend({ text: s, systemic: z.boolean(), evidence: s })),
})
export const CauseRollup = z.object({
  codes: z.array(CauseByPractice),
  /** root causes nobody coded yet: counted, so the tallies are not mistaken for the whole picture */
  uncoded: z.object({ causes: z.number().int(), schools: z.number().int() }),
  credit: s,
})
export type CauseRollup = z.infer<typeof CauseRollup>

export const PlanByPractice = z.object({
  code: s,
  title: s,
  schools: z.number().int(),
  priorities: z.array(SchoolRef.extend({ title: s })),
  strategies: z.array(SchoolRef.extend({ priority: s, statement: s })),
})
export const PlanRollup = z.object({
  codes: z.array(PlanByPractice),
  uncoded: z.object({ strategies: z.number().int(), schools: z.number().int() }),
  credit: s,
})
export type PlanRollup = z.infer<typeof PlanRollup>

export const LibraryStrategy = SchoolRef.extend({
  /** the snapshot version the strategy comes from */
  version: z.number().int(),
  /** false while no snapshot is marked final: the latest snapshot stands in */
  finalMarked: z.boolean(),
  strategyId: s,
  number: s,
  priority: s,
  statement: s,
  practiceCode: s.nullable(),
  practiceTitle: s.nullable(),
  measures: z.array(z.object({ indicator: s, baseline: s, targets: z.array(s) })),
  milestones: z.array(z.object({ text: s, timeline: s })),
  /** how it did, where monitoring exists */
  monitoring: s.nullable(),
})
export type LibraryStrategy = z.infer<typeof LibraryStrategy>
