/**
 * The monitoring document as plain, readonly data (what `readMonitoring(doc)` returns): the plan
 * skeleton it follows, one row per action with its monthly entries, the team's period texts,
 * results per measure and period, PDSA cycles. Every pure function in this folder takes this.
 */
import type { PlanSkeleton } from './skeleton'

export const ACTION_STATUSES = ['not-started', 'on-track', 'at-risk', 'behind', 'done'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]
export const STATUS_LABELS = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  behind: 'Behind',
  done: 'Done',
} as const satisfies Record<ActionStatus, string>

/** One month's entry for an action; a field left out this month carries over from an earlier month. */
export interface MonthEntry {
  readonly status?: ActionStatus
  /** YYYY-MM-DD */
  readonly completedOn?: string
  readonly output?: boolean
  readonly link?: string
  readonly note?: string
  /** who last touched the entry (display name) */
  readonly by?: string
}

export interface ActionRow {
  readonly id: string
  /** YYYY-MM the action is due (from its timeline, editable); null when the plan names none */
  readonly due: string | null
  /** YYYY-MM the action joined the monitored plan (mid-year revisions add actions) */
  readonly addedIn: string
  /** dropped by a later plan version; kept for history, excluded after `retiredIn` */
  readonly retiredIn: string | null
  readonly months: Readonly<Record<string, MonthEntry>>
}

/** Quarter texts per milestone ("q1.cause", "q1.resources", "q1.comments") and semester texts per strategy ("s1.cause"). */
export type PeriodTexts = Readonly<Record<string, Readonly<Record<string, string>>>>

export interface MeasureResults {
  /** period key ("y1q1" … "y3q4") → actual value */
  readonly values: Readonly<Record<string, number>>
  /** "y1" … "y3" → Explanation & Needed Adjustments */
  readonly explanations: Readonly<Record<string, string>>
}

export const PDSA_DECISIONS = ['adopt', 'adapt', 'abandon'] as const
export type PdsaDecision = (typeof PDSA_DECISIONS)[number]
export interface PdsaCycle {
  readonly id: string
  readonly target: { readonly kind: 'strategy' | 'action'; readonly id: string }
  /** the cycle this one follows (chains), or null for the first */
  readonly previousId: string | null
  readonly createdAt: string
  readonly plan: { readonly change: string; readonly prediction: string; readonly measure: string }
  readonly do: { readonly happened: string; readonly data: string }
  readonly study: { readonly compared: string }
  readonly act: { readonly decision: PdsaDecision | null; readonly next: string }
}

export interface MonitoringRead {
  /** null until a facilitator picks the plan version to monitor */
  readonly skeleton: PlanSkeleton | null
  /** first month of the school year, YYYY-MM */
  readonly yearStart: string
  /** "2026-27" */
  readonly yearLabel: string
  /** which of the plan's years (1–3) this is: picks the targets */
  readonly planYear: 1 | 2 | 3
  readonly rows: Readonly<Record<string, ActionRow>>
  readonly periods: PeriodTexts
  readonly results: Readonly<Record<string, MeasureResults>>
  /** annual review texts: "recommendations", "lessons" */
  readonly annual: Readonly<Record<string, string>>
  readonly pdsa: readonly PdsaCycle[]
}

export const QUARTER_TEXT_FIELDS = ['cause', 'resources', 'comments'] as const
export type QuarterTextField = (typeof QUARTER_TEXT_FIELDS)[number]
export const periodKey = {
  quarter: (q: number, field: QuarterTextField) => `q${q}.${field}`,
  semester: (s: number) => `s${s}.cause`,
  result: (year: number, quarter: number) => `y${year}q${quarter}`,
  explanation: (year: number) => `y${year}`,
} as const
