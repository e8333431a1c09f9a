/**
 * Y.Doc (`monitoring`) → MonitoringRead. Remote content is untrusted: every field is narrowed, a
 * wrong type reads as absent, and a skeleton that does not parse reads as "no plan followed yet".
 */
import * as Y from 'yjs'
import { monitoringRoot } from './schema'
import { MONTH } from '../domain/monitoring/periods'
import { ACTION_STATUSES, PDSA_DECISIONS, type ActionRow, type MeasureResults, type MonthEntry, type MonitoringRead, type PdsaCycle } from '../domain/monitoring/model'
import { PlanSkeleton } from '../domain/monitoring/skeleton'
import { ANNUAL_TEXTS } from './monitoring'

const text = (v: unknown): string => (v instanceof Y.Text ? v.toString() : typeof v === 'string' ? v : '')
const month = (v: unknown): string | null => (typeof v === 'string' && MONTH.test(v) ? v : null)

function parseSkeleton(raw: unknown): PlanSkeleton | null {
  if (typeof raw !== 'string') return null
  try {
    const parsed = PlanSkeleton.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

function entryField(entry: Record<string, unknown>, field: string, value: unknown): void {
  switch (field) {
    case 'status':
      if ((ACTION_STATUSES as readonly unknown[]).includes(value)) entry.status = value
      return
    case 'output':
      if (typeof value === 'boolean') entry.output = value
      return
    case 'completedOn':
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) entry.completedOn = value
      return
    case 'link':
      if (typeof value === 'string' && /^https?:\/\/\S+$/i.test(value)) entry.link = value
      return
    case 'note':
    case 'by':
      if (typeof value === 'string') entry[field] = value.slice(0, 500)
  }
}

function readRow(id: string, map: Y.Map<unknown>, yearStart: string): ActionRow {
  const months: Record<string, Record<string, unknown>> = {}
  for (const [key, value] of map.entries()) {
    const dot = key.indexOf('.')
    if (dot < 0) continue
    const m = key.slice(0, dot)
    if (!MONTH.test(m)) continue
    entryField((months[m] ??= {}), key.slice(dot + 1), value)
  }
  return { id, due: month(map.get('due')), addedIn: month(map.get('addedIn')) ?? yearStart, retiredIn: month(map.get('retiredIn')), months: months as Record<string, MonthEntry> }
}

function readCycle(id: string, m: Y.Map<unknown>): PdsaCycle | null {
  const kind = m.get('targetKind')
  const targetId = m.get('targetId')
  if ((kind !== 'strategy' && kind !== 'action') || typeof targetId !== 'string') return null
  const decision = m.get('act.decision')
  const prev = m.get('previousId')
  const createdAt = m.get('createdAt')
  return {
    id,
    target: { kind, id: targetId },
    previousId: typeof prev === 'string' ? prev : null,
    createdAt: typeof createdAt === 'string' ? createdAt : '',
    plan: { change: text(m.get('plan.change')), prediction: text(m.get('plan.prediction')), measure: text(m.get('plan.measure')) },
    do: { happened: text(m.get('do.happened')), data: text(m.get('do.data')) },
    study: { compared: text(m.get('study.compared')) },
    act: { decision: (PDSA_DECISIONS as readonly unknown[]).includes(decision) ? (decision as PdsaCycle['act']['decision']) : null, next: text(m.get('act.next')) },
  }
}

export function readMonitoring(doc: Y.Doc): MonitoringRead {
  const plan = monitoringRoot(doc, 'plan')
  const yearStart = month(plan.get('yearStart')) ?? '2026-08'
  const y = plan.get('planYear')
  const rows: Record<string, ActionRow> = {}
  for (const [id, v] of monitoringRoot(doc, 'rows').entries()) if (v instanceof Y.Map) rows[id] = readRow(id, v, yearStart)
  const periods: Record<string, Record<string, string>> = {}
  for (const [id, v] of monitoringRoot(doc, 'periods').entries()) {
    if (!(v instanceof Y.Map)) continue
    const texts: Record<string, string> = {}
    for (const [k, t] of v.entries()) texts[k] = text(t)
    periods[id] = texts
  }
  const results: Record<string, MeasureResults> = {}
  for (const [id, v] of monitoringRoot(doc, 'results').entries()) {
    if (!(v instanceof Y.Map)) continue
    const values: Record<string, number> = {}
    const explanations: Record<string, string> = {}
    for (const [k, x] of v.entries()) {
      if (/^y[1-3]q[1-4]$/.test(k) && typeof x === 'number' && Number.isFinite(x)) values[k] = x
      else if (/^y[1-3]$/.test(k)) explanations[k] = text(x)
    }
    results[id] = { values, explanations }
  }
  const pdsa: PdsaCycle[] = []
  for (const [id, v] of monitoringRoot(doc, 'pdsa').entries()) {
    const c = v instanceof Y.Map ? readCycle(id, v) : null
    if (c) pdsa.push(c)
  }
  pdsa.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1))
  const annual: Record<string, string> = {}
  for (const t of ANNUAL_TEXTS) annual[t] = text(plan.get(`annual.${t}`))
  return {
    skeleton: parseSkeleton(plan.get('skeleton')),
    yearStart,
    yearLabel: typeof plan.get('yearLabel') === 'string' ? (plan.get('yearLabel') as string) : '',
    planYear: y === 2 || y === 3 ? y : 1,
    rows,
    periods,
    results,
    annual,
    pdsa,
  }
}

/** A PDSA chain: the cycle and every cycle before it, oldest first. */
export function pdsaChain(cycles: readonly PdsaCycle[], lastId: string): PdsaCycle[] {
  const byId = new Map(cycles.map((c) => [c.id, c]))
  const chain: PdsaCycle[] = []
  const seen = new Set<string>()
  for (let c = byId.get(lastId); c && !seen.has(c.id); c = c.previousId ? byId.get(c.previousId) : undefined) {
    seen.add(c.id)
    chain.unshift(c)
  }
  return chain
}
