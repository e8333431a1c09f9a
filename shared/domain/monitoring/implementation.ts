/**
 * Tool A's "Implementation Data" computed from the monthly statuses: per milestone per quarter and
 * per strategy per semester, with Tool A's exact row labels. A period that has not ended by `asOf`
 * is computed as of `asOf` (so a quarter in progress shows its figures so far); one that has not
 * begun is blank. Percentages are of the actions tracked in the period (mid-year additions count
 * from the month they joined); a period with no actions reads "—", never "0%". Outputs are
 * listed in the quarter they were first reported produced.
 */
import type { MonitoringRead } from './model'
import { periodKey, QUARTER_TEXT_FIELDS } from './model'
import { QUARTERS, SEMESTERS, quarterEnd, quarterMonths, semesterEnd, semesterQuarters, type Quarter, type Semester } from './periods'
import { doneMonth, isBehind, stateAt, trackedIn } from './status'
import type { SkeletonMilestone, SkeletonStrategy } from './skeleton'

export const QUARTER_ROWS = {
  completed: 'Actions Completed (%)',
  outputs: 'Outputs Completed (list)',
  onTime: 'Actions on Time (%)',
  behind: 'Actions Behind Schedule (%)',
  cause: 'Cause & Adjustments Made',
  resources: 'Resources/Budget Used',
  comments: 'Additional Information/Comments',
} as const
export const SEMESTER_ROWS = {
  completed: 'Milestones Completed (%)',
  behind: 'Milestones Behind Schedule',
  cause: 'Cause & Adjustments Made',
} as const

export interface QuarterFigures {
  readonly quarter: Quarter
  /** false for a quarter that has not begun by asOf */
  readonly started: boolean
  readonly tracked: number
  readonly completed: number
  readonly onTime: number
  readonly behind: number
  /** done after their due month */
  readonly late: number
  readonly outputs: readonly string[]
  readonly cause: string
  readonly resources: string
  readonly comments: string
}

export interface SemesterFigures {
  readonly semester: Semester
  readonly started: boolean
  readonly tracked: number
  readonly completed: number
  /** milestone numbers */
  readonly behind: readonly string[]
  readonly cause: string
}

export const percent = (part: number, whole: number): string => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`)

const minMonth = (a: string, b: string) => (a < b ? a : b)

export function quarterFigures(read: MonitoringRead, milestone: SkeletonMilestone, q: Quarter, asOf: string): QuarterFigures {
  const texts = read.periods[milestone.id] ?? {}
  const text = (f: (typeof QUARTER_TEXT_FIELDS)[number]) => texts[periodKey.quarter(q, f)] ?? ''
  const first = quarterMonths(read.yearStart, q)[0]!
  const started = first <= asOf
  const end = minMonth(quarterEnd(read.yearStart, q), asOf)
  const actions = started ? milestone.actions.filter((a) => trackedIn(read.rows[a.id], end, read.yearStart)) : []
  let completed = 0
  let onTime = 0
  let behind = 0
  let late = 0
  const outputs: string[] = []
  for (const a of actions) {
    const row = read.rows[a.id]
    const s = stateAt(row, end)
    // an output is listed in the quarter it was first reported produced, so each list says what is new
    const producedIn = Object.keys(row?.months ?? {}).sort().find((m) => m <= end && row?.months[m]?.output === true)
    if (s.output && producedIn !== undefined && producedIn >= first) outputs.push(`${a.number} ${a.outputs || a.text}${s.link ? ` (${s.link})` : ''}`)
    const done = doneMonth(row, end)
    if (done !== null) {
      completed++
      if (row?.due != null && done > row.due) late++
      else onTime++
    } else if (isBehind(row, end)) behind++
    else onTime++
  }
  return { quarter: q, started, tracked: actions.length, completed, onTime, behind, late, outputs, cause: text('cause'), resources: text('resources'), comments: text('comments') }
}

/** A milestone is complete when every action tracked for it is done; behind when any is behind. */
export function semesterFigures(read: MonitoringRead, strategy: SkeletonStrategy, s: Semester, asOf: string): SemesterFigures {
  const first = quarterMonths(read.yearStart, semesterQuarters(s)[0])[0]!
  const started = first <= asOf
  const end = minMonth(semesterEnd(read.yearStart, s), asOf)
  const cause = read.periods[strategy.id]?.[periodKey.semester(s)] ?? ''
  if (!started) return { semester: s, started, tracked: 0, completed: 0, behind: [], cause }
  let tracked = 0
  let completed = 0
  const behind: string[] = []
  for (const m of strategy.milestones) {
    const actions = m.actions.filter((a) => trackedIn(read.rows[a.id], end, read.yearStart))
    if (actions.length === 0) continue
    tracked++
    if (actions.every((a) => doneMonth(read.rows[a.id], end) !== null)) completed++
    else if (actions.some((a) => isBehind(read.rows[a.id], end))) behind.push(m.number)
  }
  return { semester: s, started, tracked, completed, behind, cause }
}

const blankUnlessStarted = (started: boolean, value: string) => (started ? value : '')

/** Tool A's quarter table for one milestone: [label, Q1, Q2, Q3, Q4] rows. */
export function quarterTable(read: MonitoringRead, milestone: SkeletonMilestone, asOf: string): string[][] {
  const f = QUARTERS.map((q) => quarterFigures(read, milestone, q, asOf))
  const row = (label: string, cell: (x: QuarterFigures) => string) => [label, ...f.map((x) => blankUnlessStarted(x.started, cell(x)))]
  return [
    row(QUARTER_ROWS.completed, (x) => percent(x.completed, x.tracked)),
    row(QUARTER_ROWS.outputs, (x) => x.outputs.join('; ') || 'None this quarter'),
    row(QUARTER_ROWS.onTime, (x) => percent(x.onTime, x.tracked)),
    row(QUARTER_ROWS.behind, (x) => percent(x.behind, x.tracked)),
    row(QUARTER_ROWS.cause, (x) => x.cause),
    row(QUARTER_ROWS.resources, (x) => x.resources),
    row(QUARTER_ROWS.comments, (x) => x.comments),
  ]
}

/** Tool A's semester table for one strategy: [label, S1, S2] rows. */
export function semesterTable(read: MonitoringRead, strategy: SkeletonStrategy, asOf: string): string[][] {
  const f = SEMESTERS.map((s) => semesterFigures(read, strategy, s, asOf))
  const row = (label: string, cell: (x: SemesterFigures) => string) => [label, ...f.map((x) => blankUnlessStarted(x.started, cell(x)))]
  return [
    row(SEMESTER_ROWS.completed, (x) => percent(x.completed, x.tracked)),
    row(SEMESTER_ROWS.behind, (x) => (x.behind.length ? `${x.behind.length}: ${x.behind.join(', ')}` : '0')),
    row(SEMESTER_ROWS.cause, (x) => x.cause),
  ]
}
