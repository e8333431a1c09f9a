/**
 * The sample year used by the monitoring tests and the closing walk-through: Lincoln Middle
 * School's 2026-27 plan (two priorities, two strategies, three milestones, seven actions), followed
 * from version 1, revised in January by version 2 (one action added mid-year), statuses entered
 * month by month, results per quarter, and a two-cycle PDSA chain that ends in "adopt".
 */
import * as Y from 'yjs'
import { addPlanItem, ensurePlan, setPlanText } from '../../../../shared/doc/plan'
import { addStrategy, setActionResponsible } from '../../../../shared/plan/mutations'
import { readPlan } from '../../../../shared/plan/read'
import { snapshotPlan } from '../../../../shared/plan/snapshot'
import type { PlanDocument } from '../../../../shared/plan/document'
import { addPdsaCycle, followPlan, monitoringText, setMonthField, setPdsaDecision, setResultValue, type MonthField } from '../../../../shared/doc/monitoring'
import { readMonitoring } from '../../../../shared/doc/monitoring-read'
import { replaceText } from '../../../../shared/doc/yfields'
import { skeletonFromPlan } from '../../../../shared/domain/monitoring/skeleton'
import type { MonitoringRead } from '../../../../shared/domain/monitoring/model'

export const YEAR = { yearStart: '2026-08', yearLabel: '2026-27', planYear: 1 as const }

const must = (r: { ok: boolean }) => {
  if (!r.ok) throw new Error(`fixture mutation failed: ${JSON.stringify(r)}`)
}

function action(doc: Y.Doc, id: string, milestone: string, text: string, outputs: string, timeline: string, owner: string): void {
  must(addPlanItem(doc, 'action', { id, parentId: milestone, texts: { text, outputs, timeline, resources: 'Title I' } }))
  setActionResponsible(doc, id, { key: `name:${owner.toLowerCase()}`, name: owner })
}

/** Builds the plan draft on a board document through the real plan mutations. */
export function buildSampleBoard(doc: Y.Doc): void {
  ensurePlan(doc)
  setPlanText(doc, 'schoolName', 'Lincoln Middle School')
  setPlanText(doc, 'vision', 'Every student thrives.')
  must(addPlanItem(doc, 'goal', { id: 'goal-1', texts: { statement: 'Each student meets growth targets in math.' } }))
  must(addPlanItem(doc, 'goalMeasure', { id: 'gm-1', parentId: 'goal-1', texts: { indicator: '% students meeting growth goals', dataSource: 'State assessment', baseline: '18%', target1: '30%', target2: '50%', target3: '65%' } }))
  must(addPlanItem(doc, 'priority', { id: 'prio-1', texts: { title: '7th-grade math achievement' } }))
  must(addStrategy(doc, { id: 'strat-1', parentId: 'prio-1', goalId: 'goal-1', practiceCode: '3b', texts: { ifWe: 'coach math teachers on explicit instruction', then: 'teachers plan standards-based lessons', and: 'students meet growth targets' } }))
  must(addPlanItem(doc, 'strategyMeasure', { id: 'sm-1', parentId: 'strat-1', texts: { indicator: '% of lesson plans standards-based', dataSource: 'Lesson Design Studio', baseline: '26%', target1: '50%', target2: '80%' } }))
  must(addPlanItem(doc, 'milestone', { id: 'mile-1', parentId: 'strat-1', texts: { text: 'Coaching cycles run in every math class', timeline: 'By December' } }))
  action(doc, 'act-1', 'mile-1', 'Hire a math coach', 'Coach contract', 'August 2026', 'Ana Ortiz')
  action(doc, 'act-2', 'mile-1', 'Schedule coaching cycles', 'Coaching calendar', 'September 2026', 'Ben Lee')
  action(doc, 'act-3', 'mile-1', 'Train the coach on explicit instruction', 'Training record', 'November 2026', 'Ana Ortiz')
  must(addPlanItem(doc, 'milestone', { id: 'mile-2', parentId: 'strat-1', texts: { text: 'Teachers plan standards-based lessons together', timeline: 'By May' } }))
  action(doc, 'act-4', 'mile-2', 'Weekly PLC lesson planning', 'PLC agendas', 'March 2027', 'Cam Diaz')
  action(doc, 'act-5', 'mile-2', 'Roll out the Lesson Design Studio', 'Studio accounts', 'February 2027', 'Ben Lee')
  must(addPlanItem(doc, 'priority', { id: 'prio-2', texts: { title: 'Attendance' } }))
  must(addStrategy(doc, { id: 'strat-2', parentId: 'prio-2', practiceCode: '4a', texts: { ifWe: 'reach out to families of absent students', then: 'staff contact every family weekly', and: 'students attend more days' } }))
  must(addPlanItem(doc, 'strategyMeasure', { id: 'sm-2', parentId: 'strat-2', texts: { indicator: '% of families contacted weekly', dataSource: 'Contact log', baseline: '40%', target1: '70%', target2: '90%' } }))
  must(addPlanItem(doc, 'milestone', { id: 'mile-3', parentId: 'strat-2', texts: { text: 'Every chronically absent student has a mentor', timeline: 'By March' } }))
  action(doc, 'act-6', 'mile-3', 'Identify chronically absent students', 'Student list', 'September 2026', 'Dee Fox')
  action(doc, 'act-7', 'mile-3', 'Recruit mentors', 'Mentor roster', 'October 2026', 'Dee Fox')
}

/** Version 2 (January): a family-night action added to milestone 2.1.1. */
export function reviseSampleBoard(doc: Y.Doc): void {
  action(doc, 'act-8', 'mile-3', 'Hold family nights', 'Sign-in sheets', 'April 2027', 'Dee Fox')
}

export function snapshotOf(board: Y.Doc, version: number): PlanDocument {
  return snapshotPlan({ plan: readPlan(board) }, { now: `2026-0${version === 1 ? 8 : 9}-01T00:00:00.000Z` })
}

type Entry = Partial<Record<MonthField, string | boolean>>
/** [action, month, entry] — the team's monthly updates across the year */
export const UPDATES: [string, string, Entry][] = [
  ['act-1', '2026-08', { status: 'done', completedOn: '2026-08-20', output: true, link: 'https://example.org/coach-contract' }],
  ['act-6', '2026-09', { status: 'done', completedOn: '2026-09-15', output: true }],
  ['act-2', '2026-09', { status: 'on-track' }],
  ['act-2', '2026-10', { status: 'done', completedOn: '2026-10-05', output: true, note: 'a week late: calendar clashes' }],
  ['act-7', '2026-10', { status: 'at-risk', note: 'only two volunteers' }],
  ['act-7', '2026-11', { status: 'behind', note: 'mentor pool too small' }],
  ['act-3', '2026-11', { status: 'done', completedOn: '2026-11-20', output: true }],
  ['act-4', '2026-12', { status: 'on-track' }],
  ['act-5', '2027-02', { status: 'behind', note: 'licences delayed' }],
  ['act-4', '2027-03', { status: 'done', completedOn: '2027-03-28', output: true }],
  ['act-8', '2027-04', { status: 'done', completedOn: '2027-04-22', output: true }],
  ['act-5', '2027-05', { status: 'done', completedOn: '2027-05-10', output: true }],
]

export const RESULTS: [string, string, number][] = [
  ['gm-1', 'y1q1', 20], ['gm-1', 'y1q2', 24], ['gm-1', 'y1q4', 31],
  ['sm-1', 'y1q2', 35], ['sm-1', 'y1q3', 44], ['sm-1', 'y1q4', 52],
  ['sm-2', 'y1q2', 50], ['sm-2', 'y1q4', 62],
]

const text = (doc: Y.Doc, where: Parameters<typeof monitoringText>[1], value: string) => {
  const t = monitoringText(doc, where)
  if (!t) throw new Error(`no text at ${JSON.stringify(where)}`)
  replaceText(t, value)
}

export interface SampleYear {
  readonly board: Y.Doc
  readonly v1: PlanDocument
  readonly v2: PlanDocument
  readonly monitoring: Y.Doc
  readonly read: MonitoringRead
}

/** The whole year up to `through` (YYYY-MM, default the year's last month). */
export function sampleYear(through = '2027-07'): SampleYear {
  const board = new Y.Doc()
  board.clientID = 1
  buildSampleBoard(board)
  const v1 = snapshotOf(board, 1)
  reviseSampleBoard(board)
  const v2 = snapshotOf(board, 2)
  const monitoring = new Y.Doc()
  monitoring.clientID = 2
  followPlan(monitoring, skeletonFromPlan(v1, 1), { ...YEAR, month: '2026-08' })
  if (through >= '2027-01') followPlan(monitoring, skeletonFromPlan(v2, 2), { ...YEAR, month: '2027-01' })
  for (const [id, month, entry] of UPDATES) {
    if (month > through) continue
    for (const [field, value] of Object.entries(entry)) setMonthField(monitoring, id, month, field as MonthField, value, 'Pat')
  }
  for (const [id, period, value] of RESULTS) setResultValue(monitoring, id, period, value)
  text(monitoring, { root: 'periods', id: 'mile-3', key: 'q2.cause' }, 'Mentor recruiting stalled; the counsellor now asks local churches and the PTA.')
  text(monitoring, { root: 'periods', id: 'mile-1', key: 'q1.resources' }, 'Coach salary $20k of $80k')
  text(monitoring, { root: 'periods', id: 'strat-2', key: 's1.cause' }, 'Mentor pool too small: widened recruiting to the PTA.')
  text(monitoring, { root: 'results', id: 'sm-2', key: 'y1' }, 'Texts in home languages raised contact; 70% needs a second outreach worker.')
  text(monitoring, { root: 'annual', key: 'recommendations' }, 'Keep coaching; fund a second outreach worker; finish mentor recruiting by October.')
  addPdsaCycle(monitoring, { id: 'pdsa-1', target: { kind: 'strategy', id: 'strat-2' }, previousId: null, createdAt: '2026-10-01T00:00:00Z', change: 'Text-message reminders to families' })
  text(monitoring, { root: 'pdsa', id: 'pdsa-1', key: 'plan.prediction' }, 'Weekly contact rises 10 points')
  text(monitoring, { root: 'pdsa', id: 'pdsa-1', key: 'study.compared' }, 'Rose 6 points; families who do not read English missed them')
  setPdsaDecision(monitoring, 'pdsa-1', 'adapt')
  addPdsaCycle(monitoring, { id: 'pdsa-2', target: { kind: 'strategy', id: 'strat-2' }, previousId: 'pdsa-1', createdAt: '2026-12-01T00:00:00Z', change: 'Reminders in the home language' })
  text(monitoring, { root: 'pdsa', id: 'pdsa-2', key: 'study.compared' }, 'Rose 12 points, above the prediction')
  setPdsaDecision(monitoring, 'pdsa-2', 'adopt')
  return { board, v1, v2, monitoring, read: readMonitoring(monitoring) }
}

