/**
 * Results data: actual values per goal indicator and strategy measure per quarter of the plan's
 * years, the annual progress against the year's target, and Tool A's Performance/Results Data
 * table (Strategy | Indicator | Target | Annual Progress | Explanation & Needed Adjustments).
 */
import type { MonitoringRead } from './model'
import { periodKey } from './model'
import { QUARTERS } from './periods'
import { allMeasures, allStrategies, type PlanSkeleton, type SkeletonMeasure } from './skeleton'

export const RESULTS_COLUMNS = ['Strategy', 'Indicator', 'Target', 'Annual Progress', 'Explanation & Needed Adjustments'] as const
export const GOAL_RESULTS_COLUMNS = ['Goal', 'Indicator', 'Target', 'Annual Progress', 'Explanation & Needed Adjustments'] as const

/** "45%", "3.2 days", "12" → the first number in it; null when it names none. */
export function numericValue(text: string): number | null {
  const m = text.replace(/,/g, '').match(/-?\d+(\.\d+)?/)
  return m ? Number(m[0]) : null
}

export interface ResultPeriod {
  readonly key: string
  readonly label: string
  readonly year: number
}

/** Baseline is drawn separately; these are the quarters of the measure's target years. */
export function resultPeriods(years: number): ResultPeriod[] {
  return Array.from({ length: years }, (_, y) => QUARTERS.map((q) => ({ key: periodKey.result(y + 1, q), label: `Y${y + 1} Q${q}`, year: y + 1 }))).flat()
}

/** The latest value entered in `year`, with its period, or null. */
export function latestInYear(read: MonitoringRead, measureId: string, year: number): { value: number; period: string } | null {
  const values = read.results[measureId]?.values ?? {}
  for (const q of [...QUARTERS].reverse()) {
    const key = periodKey.result(year, q)
    const v = values[key]
    if (v !== undefined) return { value: v, period: `Y${year} Q${q}` }
  }
  return null
}

export function annualProgress(read: MonitoringRead, m: SkeletonMeasure, year: number): string {
  const latest = latestInYear(read, m.id, year)
  if (!latest) return 'No data yet'
  const target = numericValue(m.targets[year - 1] ?? '')
  const baseline = m.baseline ? `, baseline ${m.baseline}` : ''
  const verdict = target === null ? '' : isMet(m, latest.value, target) ? ' — target met' : ' — target not met'
  return `${latest.value} (${latest.period}${baseline})${verdict}`
}

/** A target below the baseline (e.g. chronic absence) is met by going down; otherwise by going up. */
function isMet(m: SkeletonMeasure, value: number, target: number): boolean {
  const baseline = numericValue(m.baseline)
  return baseline !== null && target < baseline ? value <= target : value >= target
}

export function performanceRows(read: MonitoringRead, year = read.planYear): string[][] {
  if (!read.skeleton) return []
  return allStrategies(read.skeleton).flatMap((s) =>
    s.measures.length === 0
      ? [[`Strategy ${s.number}`, 'No measure in the plan', '', '', '']]
      : s.measures.map((m) => [`Strategy ${s.number}`, m.indicator, m.targets[year - 1] ?? '', annualProgress(read, m, year), read.results[m.id]?.explanations[periodKey.explanation(year)] ?? '']),
  )
}

export function goalResultRows(read: MonitoringRead, year = read.planYear): string[][] {
  if (!read.skeleton) return []
  return read.skeleton.goals.flatMap((g) =>
    g.measures.map((m) => [`Goal ${g.number}`, m.indicator, m.targets[year - 1] ?? '', annualProgress(read, m, year), read.results[m.id]?.explanations[periodKey.explanation(year)] ?? '']),
  )
}

export const measureYears = (sk: PlanSkeleton, measureId: string): number =>
  allMeasures(sk).find((x) => x.measure.id === measureId)?.kind === 'goal' ? 3 : 2
