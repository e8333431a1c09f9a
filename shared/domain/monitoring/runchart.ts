/**
 * A run chart's geometry per indicator: one x slot per reporting period (missing periods keep
 * their slot, so the line breaks instead of joining across a gap), a y scale that covers the
 * values, the baseline and every target with "nice" ticks, and each year's target as a step.
 */
import { numericValue, type ResultPeriod } from './results'

export interface RunChartInput {
  readonly periods: readonly ResultPeriod[]
  /** period key → value; periods without a value are gaps */
  readonly values: Readonly<Record<string, number>>
  readonly baseline: string
  /** one per year, as written in the plan ("45%") */
  readonly targets: readonly string[]
}

export interface RunChart {
  readonly width: number
  readonly height: number
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number }
  readonly yTicks: readonly { readonly value: number; readonly y: number }[]
  readonly xSlots: readonly { readonly key: string; readonly label: string; readonly x: number }[]
  /** consecutive periods with values; a gap starts a new segment */
  readonly segments: readonly (readonly { readonly x: number; readonly y: number; readonly value: number; readonly label: string }[])[]
  readonly baseline: { readonly value: number; readonly y: number } | null
  readonly targets: readonly { readonly year: number; readonly value: number; readonly x1: number; readonly x2: number; readonly y: number }[]
}

function niceStep(range: number, count: number): number {
  const raw = range / count
  const mag = 10 ** Math.floor(Math.log10(raw))
  const norm = raw / mag
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag
}

export function runChartScale(input: RunChartInput, size = { width: 560, height: 260 }): RunChart {
  const plot = { left: 48, top: 16, right: size.width - 16, bottom: size.height - 40 }
  const baseline = numericValue(input.baseline)
  const targets = input.targets.map(numericValue)
  const all = [
    ...input.periods.map((p) => input.values[p.key]).filter((v): v is number => v !== undefined),
    ...(baseline === null ? [] : [baseline]),
    ...targets.filter((t): t is number => t !== null),
  ]
  let lo = all.length ? Math.min(...all) : 0
  let hi = all.length ? Math.max(...all) : 1
  if (lo === hi) {
    lo -= 1
    hi += 1
  }
  const step = niceStep(hi - lo, 5)
  lo = Math.floor(lo / step) * step
  hi = Math.ceil(hi / step) * step
  const y = (v: number) => plot.bottom - ((v - lo) / (hi - lo)) * (plot.bottom - plot.top)
  const yTicks = []
  for (let v = lo; v <= hi + step / 2; v += step) yTicks.push({ value: Number(v.toPrecision(12)), y: y(v) })
  const n = input.periods.length
  const slot = n > 0 ? (plot.right - plot.left) / n : 0
  const xSlots = input.periods.map((p, i) => ({ key: p.key, label: p.label, x: plot.left + slot * (i + 0.5) }))
  const segments: { x: number; y: number; value: number; label: string }[][] = []
  let current: { x: number; y: number; value: number; label: string }[] = []
  xSlots.forEach((s) => {
    const v = input.values[s.key]
    if (v === undefined) {
      if (current.length) segments.push(current)
      current = []
    } else current.push({ x: s.x, y: y(v), value: v, label: s.label })
  })
  if (current.length) segments.push(current)
  const years = [...new Set(input.periods.map((p) => p.year))]
  const targetSteps = years.flatMap((year) => {
    const t = targets[year - 1]
    const inYear = xSlots.filter((_, i) => input.periods[i]!.year === year)
    if (t == null || inYear.length === 0) return []
    return [{ year, value: t, x1: inYear[0]!.x - slot / 2, x2: inYear.at(-1)!.x + slot / 2, y: y(t) }]
  })
  return { width: size.width, height: size.height, plot, yTicks, xSlots, segments, baseline: baseline === null ? null : { value: baseline, y: y(baseline) }, targets: targetSteps }
}
