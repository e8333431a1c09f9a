import { describe, expect, it } from 'vitest'
import { resultPeriods } from '../../../../shared/domain/monitoring/results'
import { runChartScale } from '../../../../shared/domain/monitoring/runchart'

describe('run chart scale', () => {
  const periods = resultPeriods(2)

  it('keeps a slot for every period and breaks the line at missing ones', () => {
    const c = runChartScale({ periods, values: { y1q1: 20, y1q2: 24, y1q4: 31 }, baseline: '18%', targets: ['30%', '50%'] })
    expect(c.xSlots).toHaveLength(8)
    expect(c.segments.map((s) => s.map((p) => p.label))).toEqual([['Y1 Q1', 'Y1 Q2'], ['Y1 Q4']])
    const xs = c.xSlots.map((s) => s.x)
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
  })

  it.each([
    ['values only', { y1q1: 5, y1q3: 9 }, '', [], 5, 9],
    ['targets above every value widen the scale', { y1q1: 20 }, '18%', ['30%', '50%'], 18, 50],
    ['no values at all: the scale still covers baseline and targets', {}, '40%', ['70%', '90%'], 40, 90],
    ['nothing at all', {}, '', [], 0, 1],
    ['one flat value', { y2q4: 7 }, '', [], 7, 7],
  ] as const)('%s', (_l, values, baseline, targets, lo, hi) => {
    const c = runChartScale({ periods, values, baseline, targets })
    const ticks = c.yTicks.map((t) => t.value)
    expect(Math.min(...ticks)).toBeLessThanOrEqual(lo)
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(hi)
    for (const seg of c.segments) for (const p of seg) {
      expect(p.y).toBeGreaterThanOrEqual(c.plot.top - 0.001)
      expect(p.y).toBeLessThanOrEqual(c.plot.bottom + 0.001)
    }
  })

  it('draws each year target as a step across its year', () => {
    const c = runChartScale({ periods, values: {}, baseline: '18%', targets: ['30%', 'n/a'] })
    expect(c.targets.map((t) => [t.year, t.value])).toEqual([[1, 30]])
    expect(c.targets[0]!.x1).toBeCloseTo(c.plot.left)
    expect(c.baseline?.value).toBe(18)
  })
})
