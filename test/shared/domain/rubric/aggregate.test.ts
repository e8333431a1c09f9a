import { describe, expect, it } from 'vitest'
import { LEA_SELF_REFLECTION } from '../../../../shared/content/lea-self-reflection'
import { aggregatePicks, median, medianLabel, statsFor } from '../../../../shared/domain/rubric/aggregate'

const rubric = LEA_SELF_REFLECTION

describe('per-element statistics', () => {
  it.each([
    // levels picked          counts          median  range    disagreement
    [[], [0, 0, 0, 0], null, null, false],
    [[2], [0, 0, 1, 0], 2, [2, 2], false],
    [[1, 1, 1], [0, 3, 0, 0], 1, [1, 1], false],
    [[1, 2], [0, 1, 1, 0], 1.5, [1, 2], false],
    [[0, 2], [1, 0, 1, 0], 1, [0, 2], true],
    [[3, 0, 1, 3], [1, 1, 0, 2], 2, [0, 3], true],
    [[1, 2, 2, 3], [0, 1, 2, 1], 2, [1, 3], true],
    [[0, 1, 1, 0, 1], [2, 3, 0, 0], 1, [0, 1], false],
  ] as const)('picks %j give counts %j, median %s, range %j, disagreement %s', (levels, counts, med, range, flag) => {
    const stats = statsFor('1a1', '1', levels, 4)
    expect(stats.counts).toEqual(counts)
    expect(stats.median).toBe(med)
    expect(stats.range).toEqual(range === null ? null : { min: range[0], max: range[1] })
    expect(stats.disagreement).toBe(flag)
    expect(stats.n).toBe(levels.length)
  })

  it('drops values that are not levels of the rubric', () => {
    expect(statsFor('1a1', '1', [1, 4, -1, 0.5], 4)).toMatchObject({ n: 1, counts: [0, 1, 0, 0] })
  })

  it.each([
    [[4, 1, 3, 2], 2.5],
    [[0, 3], 1.5],
    [[2, 2], 2],
    [[1], 1],
  ])('takes the mean of the two middle picks for an even count: %j → %s', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  it.each([
    [null, 'no picks'],
    [0, 'Consistently Low Performance'],
    [1.5, 'between Basic Performance and Moderate Performance'],
    [3, 'Consistently High Performance'],
  ] as const)('describes a median of %s as "%s"', (value, label) => {
    expect(medianLabel(rubric, value)).toBe(label)
  })

  it('aggregates every element in rubric order and ignores picks that are not levels', () => {
    const stats = aggregatePicks(rubric, {
      ana: { '1a1': 0, '2a3': 3, '9z9': 1 },
      ben: { '1a1': 2, '2a3': 7, '1a2': 1.5 },
      cy: { '1a1': 1, '2a3': -1 },
    })
    expect(stats).toHaveLength(37)
    expect(stats[0]).toMatchObject({ elementId: '1a1', domainId: '1', n: 3, counts: [1, 1, 1, 0], disagreement: true })
    expect(stats.find((s) => s.elementId === '2a3')).toMatchObject({ n: 1, counts: [0, 0, 0, 1], domainId: '2' })
    expect(stats.find((s) => s.elementId === '1a2')?.n).toBe(0)
  })
})
