/**
 * Monitoring → a cadence report's blocks (pure; the clock comes in as `generatedAt` and `today`).
 * Monthly: the action status table, behind schedule first. Quarterly: Tool A's quarter table per
 * milestone. Semester: Tool A's semester table per strategy with the milestones' quarter tables.
 * Annual: the Performance/Results Data table, goal results, every implementation table and the
 * recommendations for next year. Every report ends with the PDSA cycle log and open coach comments.
 */
import type { Block } from '../../plan/blocks'
import type { CommentThread } from './comments'
import { openThreads } from './comments'
import { quarterTable, semesterTable } from './implementation'
import type { MonitoringRead } from './model'
import { STATUS_LABELS } from './model'
import { monthLabel, QUARTER_LABELS, SEMESTER_LABELS, quarterEnd, semesterEnd, addMonths, type Quarter, type Semester } from './periods'
import { CADENCES, REPORT_FORMAT, type Cadence, type ReportDocument } from './report-document'
import { GOAL_RESULTS_COLUMNS, goalResultRows, performanceRows, RESULTS_COLUMNS } from './results'
import { allStrategies } from './skeleton'
import { behindSchedule, boardOrder, stateAt } from './status'
import { pdsaLog } from './pdsa-log'
import { TOOL_A_ATTRIBUTION } from '../../plan/tool-a'

export const MONTHLY_COLUMNS = ['Action', 'Status', 'Completion date', 'Output produced', 'Note', 'Person responsible'] as const

const h = (level: 1 | 2 | 3 | 4 | 5, text: string): Block => ({ type: 'heading', level, text })
const note = (text: string): Block => ({ type: 'paragraph', text, style: 'note' })
const p = (text: string): Block[] => (text.trim() ? [{ type: 'paragraph', text }] : [note('None recorded.')])
const list = (items: readonly string[]): Block => (items.length ? { type: 'list', items } : note('None.'))

export interface ReportRequest {
  readonly cadence: Cadence
  readonly period: string
  readonly generatedAt: string
  /** the current month, so a period still running is reported as of now */
  readonly today: string
}

/** The month a report is computed as of: the end of its period, or today if the period is still running. */
export function reportAsOf(read: MonitoringRead, cadence: Cadence, period: string, today: string): string {
  const end =
    cadence === 'monthly' ? period
    : cadence === 'quarterly' ? quarterEnd(read.yearStart, Number(period.slice(1)) as Quarter)
    : cadence === 'semester' ? semesterEnd(read.yearStart, Number(period.slice(1)) as Semester)
    : addMonths(read.yearStart, 11)
  return end < today ? end : today
}

export function periodLabel(read: MonitoringRead, cadence: Cadence, period: string): string {
  if (cadence === 'monthly') return monthLabel(period)
  if (cadence === 'quarterly') return `${QUARTER_LABELS[Number(period.slice(1)) as Quarter]} ${read.yearLabel}`.trim()
  if (cadence === 'semester') return `${SEMESTER_LABELS[Number(period.slice(1)) as Semester]} ${read.yearLabel}`.trim()
  return `School year ${read.yearLabel}`.trim()
}

function monthly(read: MonitoringRead, month: string): Block[] {
  const rows = boardOrder(read, month).map((a) => {
    const s = stateAt(read.rows[a.id], month)
    const behind = behindSchedule(read, month).some((b) => b.id === a.id)
    return [`${a.number} ${a.text}`, `${STATUS_LABELS[s.status]}${behind && s.status !== 'behind' ? ' (behind schedule)' : ''}`, s.completedOn ?? '', s.output ? `Yes${s.link ? ` — ${s.link}` : ''}` : 'No', s.note, a.responsible]
  })
  return [h(2, 'Monthly Action Status'), { type: 'table', headers: [...MONTHLY_COLUMNS], rows }]
}


function implementation(read: MonitoringRead, asOf: string, withSemester: boolean): Block[] {
  const out: Block[] = [h(2, 'Implementation Data')]
  for (const s of allStrategies(read.skeleton!)) {
    out.push(h(3, `Strategy ${s.number} ${s.statement}`.trim()))
    if (withSemester) out.push({ type: 'table', headers: [`Strategy ${s.number}`, ...Object.values(SEMESTER_LABELS)], rows: semesterTable(read, s, asOf) })
    for (const m of s.milestones) out.push({ type: 'table', caption: `Milestone ${m.number} ${m.text}`.trim(), headers: [`Milestone ${m.number}`, ...Object.values(QUARTER_LABELS)], rows: quarterTable(read, m, asOf) })
  }
  return out
}

export function buildReport(read: MonitoringRead, comments: readonly CommentThread[], req: ReportRequest): ReportDocument {
  const sk = read.skeleton
  if (!sk) throw new Error('no plan version is followed yet')
  const asOf = reportAsOf(read, req.cadence, req.period, req.today)
  const title = `${CADENCES[req.cadence]} — ${periodLabel(read, req.cadence, req.period)}`
  const behind = behindSchedule(read, asOf).map((b) => `${b.number} ${b.text}${b.due ? ` (due ${monthLabel(b.due)})` : ''}${b.note ? ` — ${b.note}` : ''}`)
  const body: Block[] =
    req.cadence === 'monthly' ? monthly(read, asOf)
    : req.cadence === 'quarterly' ? implementation(read, asOf, false)
    : req.cadence === 'semester' ? implementation(read, asOf, true)
    : [
        h(2, 'Performance/Results Data'),
        { type: 'table', headers: [...RESULTS_COLUMNS], rows: performanceRows(read) },
        h(3, 'Goal results'),
        { type: 'table', headers: [...GOAL_RESULTS_COLUMNS], rows: goalResultRows(read) },
        ...implementation(read, asOf, true),
        h(2, "Recommendations for next year's plan"),
        ...p(read.annual.recommendations ?? ''),
        h(2, 'Lessons learned'),
        ...p(read.annual.lessons ?? ''),
      ]
  const blocks: Block[] = [
    h(1, title),
    note(`${sk.title} — monitored against plan version ${sk.version}, as of ${monthLabel(asOf)}. Generated ${req.generatedAt}.`),
    ...body,
    h(2, 'Behind schedule'),
    list(behind),
    h(2, 'PDSA cycles'),
    ...pdsaLog(read),
    h(2, 'Open coach comments'),
    list(openThreads(comments).map((c) => `${c.target.label || c.target.kind}: ${c.text} — ${c.authorName}${c.replies.length ? ` (${c.replies.length} repl${c.replies.length > 1 ? 'ies' : 'y'})` : ''}`)),
    h(2, 'Attribution'),
    { type: 'paragraph', text: TOOL_A_ATTRIBUTION.text },
  ]
  return { format: REPORT_FORMAT, cadence: req.cadence, period: req.period, title, generatedAt: req.generatedAt, planVersion: sk.version, blocks }
}
