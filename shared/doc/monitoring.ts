/**
 * Named mutations on the `monitoring` document. The server creates every row map and every team
 * text when a facilitator picks the plan version to follow (`followPlan`), so two people editing
 * one row write fields of the same Y.Map and both edits are kept; clients only set fields.
 * Per-month fields are "<YYYY-MM>.<field>" keys inside the action's row map.
 */
import * as Y from 'yjs'
import { ORIGINS, type TransactionOrigin } from './origin'
import { monitoringRoot } from './schema'
import { yMap } from './yfields'
import type { ActionStatus, MonthEntry, MonitoringRead, PdsaCycle, PdsaDecision } from '../domain/monitoring/model'
import { periodKey, QUARTER_TEXT_FIELDS } from '../domain/monitoring/model'
import { dueMonthFromTimeline, QUARTERS, SEMESTERS } from '../domain/monitoring/periods'
import { allActions, allMeasures, allMilestones, allStrategies, type PlanSkeleton } from '../domain/monitoring/skeleton'
import { stateAt, trackedIn } from '../domain/monitoring/status'

const user = ORIGINS.localUser
export const ANNUAL_TEXTS = ['recommendations', 'lessons'] as const
export const PDSA_TEXTS = ['plan.change', 'plan.prediction', 'plan.measure', 'do.happened', 'do.data', 'study.compared', 'act.next'] as const
export type PdsaText = (typeof PDSA_TEXTS)[number]

export interface FollowOptions {
  readonly yearStart: string
  readonly yearLabel: string
  readonly planYear: 1 | 2 | 3
  /** the month the version is followed from: actions new in a revision are tracked from here */
  readonly month: string
}

function ensureMap(parent: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const existing = yMap(parent, key)
  if (existing) return existing
  const created = new Y.Map<unknown>()
  parent.set(key, created)
  return created
}
function ensureText(parent: Y.Map<unknown>, key: string): void {
  if (!(parent.get(key) instanceof Y.Text)) parent.set(key, new Y.Text())
}

/**
 * Server action: follow `skeleton` (a snapshot version). Rows of actions that stay keep their
 * history; new actions are tracked from `month` (from the year's start on the first follow);
 * actions the new version dropped are retired from `month`, never deleted.
 */
export function followPlan(doc: Y.Doc, skeleton: PlanSkeleton, o: FollowOptions, origin: TransactionOrigin = ORIGINS.server): void {
  const plan = monitoringRoot(doc, 'plan')
  const rows = monitoringRoot(doc, 'rows')
  const periods = monitoringRoot(doc, 'periods')
  const results = monitoringRoot(doc, 'results')
  const first = typeof plan.get('skeleton') !== 'string'
  doc.transact(() => {
    plan.set('skeleton', JSON.stringify(skeleton))
    plan.set('yearStart', o.yearStart)
    plan.set('yearLabel', o.yearLabel)
    plan.set('planYear', o.planYear)
    for (const t of ANNUAL_TEXTS) ensureText(plan, `annual.${t}`)
    const current = new Set<string>()
    for (const a of allActions(skeleton)) {
      current.add(a.id)
      const existing = yMap(rows, a.id)
      if (existing) {
        if (existing.get('retiredIn') !== undefined) existing.delete('retiredIn')
        continue
      }
      const row = ensureMap(rows, a.id)
      row.set('addedIn', first || o.month < o.yearStart ? o.yearStart : o.month)
      const due = dueMonthFromTimeline(a.timeline, o.yearStart)
      if (due) row.set('due', due)
    }
    for (const [id, row] of rows.entries()) if (!current.has(id) && row instanceof Y.Map && row.get('retiredIn') === undefined) row.set('retiredIn', o.month)
    for (const m of allMilestones(skeleton)) {
      const map = ensureMap(periods, m.id)
      for (const q of QUARTERS) for (const f of QUARTER_TEXT_FIELDS) ensureText(map, periodKey.quarter(q, f))
    }
    for (const s of allStrategies(skeleton)) {
      const map = ensureMap(periods, s.id)
      for (const sem of SEMESTERS) ensureText(map, periodKey.semester(sem))
    }
    for (const { measure } of allMeasures(skeleton)) {
      const map = ensureMap(results, measure.id)
      for (const y of [1, 2, 3]) ensureText(map, periodKey.explanation(y))
    }
  }, origin)
}

export type MonthField = Exclude<keyof MonthEntry, 'by'>

/** Sets one field of one action's entry for `month` (null clears it). */
export function setMonthField(doc: Y.Doc, actionId: string, month: string, field: MonthField, value: ActionStatus | string | boolean | null, by: string, origin: TransactionOrigin = user): boolean {
  const row = yMap(monitoringRoot(doc, 'rows'), actionId)
  if (!row) return false
  doc.transact(() => {
    if (value === null || value === '') row.delete(`${month}.${field}`)
    else row.set(`${month}.${field}`, value)
    row.set(`${month}.by`, by)
  }, origin)
  return true
}

export function setDueMonth(doc: Y.Doc, actionId: string, due: string | null, origin: TransactionOrigin = user): boolean {
  const row = yMap(monitoringRoot(doc, 'rows'), actionId)
  if (!row) return false
  doc.transact(() => (due ? row.set('due', due) : row.delete('due')), origin)
  return true
}

/** Bulk "no change this month": confirms the current status of every tracked action not yet updated in `month`. */
export function noChangeThisMonth(doc: Y.Doc, read: MonitoringRead, month: string, by: string, origin: TransactionOrigin = user): number {
  if (!read.skeleton) return 0
  const rows = monitoringRoot(doc, 'rows')
  let count = 0
  doc.transact(() => {
    for (const a of allActions(read.skeleton!)) {
      const current = read.rows[a.id]
      const row = yMap(rows, a.id)
      if (!row || !current || !trackedIn(current, month, read.yearStart) || current.months[month]) continue
      row.set(`${month}.status`, stateAt(current, month).status)
      row.set(`${month}.by`, by)
      count++
    }
  }, origin)
  return count
}

/** Records (or with null clears) the actual value of a measure for a period ("y1q2"). */
export function setResultValue(doc: Y.Doc, measureId: string, period: string, value: number | null, origin: TransactionOrigin = user): boolean {
  const map = yMap(monitoringRoot(doc, 'results'), measureId)
  if (!map || !/^y[1-3]q[1-4]$/.test(period)) return false
  doc.transact(() => (value === null || !Number.isFinite(value) ? map.delete(period) : map.set(period, value)), origin)
  return true
}

/** A new PDSA cycle on a strategy or action, optionally following an earlier one; its texts are created with it. */
export function addPdsaCycle(doc: Y.Doc, init: Pick<PdsaCycle, 'id' | 'target' | 'previousId' | 'createdAt'> & { readonly change?: string }, origin: TransactionOrigin = user): boolean {
  const root = monitoringRoot(doc, 'pdsa')
  if (!/^[A-Za-z0-9_-]{6,64}$/.test(init.id) || root.has(init.id)) return false
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    root.set(init.id, map)
    map.set('targetKind', init.target.kind)
    map.set('targetId', init.target.id)
    if (init.previousId) map.set('previousId', init.previousId)
    map.set('createdAt', init.createdAt)
    for (const t of PDSA_TEXTS) map.set(t, new Y.Text(t === 'plan.change' ? (init.change ?? '') : ''))
  }, origin)
  return true
}

export function setPdsaDecision(doc: Y.Doc, cycleId: string, decision: PdsaDecision | null, origin: TransactionOrigin = user): boolean {
  const map = yMap(monitoringRoot(doc, 'pdsa'), cycleId)
  if (!map) return false
  doc.transact(() => (decision ? map.set('act.decision', decision) : map.delete('act.decision')), origin)
  return true
}

/** The Y.Text of a team-written field: a period text, a result explanation, an annual text or a PDSA field. */
export function monitoringText(doc: Y.Doc, where: { root: 'periods' | 'results' | 'pdsa'; id: string; key: string } | { root: 'annual'; key: string }): Y.Text | null {
  const parent = where.root === 'annual' ? monitoringRoot(doc, 'plan') : yMap(monitoringRoot(doc, where.root), where.id)
  const t = parent?.get(where.root === 'annual' ? `annual.${where.key}` : where.key)
  return t instanceof Y.Text ? t : null
}
