import { describe, expect, it } from 'vitest'
import { fallbackKey, flattenOutline, visibleRows } from '../../../client/src/views/fishbone/outline'
import { fishboneWith } from './fixtures'

const tree = () =>
  fishboneWith([
    { id: 'time', bone: 'leadership' },
    { id: 'schedule', parent: 'time' },
    { id: 'pd', bone: 'leadership' },
    { id: 'turnover', bone: 'talent' },
  ]).fishbone()

describe('flattenOutline', () => {
  it('lists every bone, each followed by its causes depth-first', () => {
    expect(flattenOutline(tree()).map((r) => r.key)).toEqual([
      'bone:leadership',
      'cause:time',
      'cause:schedule',
      'cause:pd',
      'bone:talent',
      'cause:turnover',
      'bone:instruction',
      'bone:culture',
      'bone:other',
    ])
  })

  it('gives bones level 1, causes level 2 and sub-causes level 3', () => {
    const levels = Object.fromEntries(flattenOutline(tree()).map((r) => [r.key, r.level]))
    expect([levels['bone:leadership'], levels['cause:time'], levels['cause:schedule']]).toEqual([1, 2, 3])
  })

  it.each([
    ['cause:time', 1, 2],
    ['cause:pd', 2, 2],
    ['cause:schedule', 1, 1],
    ['bone:talent', 2, 5],
  ])('puts %s at position %i of a set of %i', (key, pos, size) => {
    const row = flattenOutline(tree()).find((r) => r.key === key)!
    expect([row.posinset, row.setsize]).toEqual([pos, size])
  })

  it('marks rows with children so the tree can say expanded or collapsed', () => {
    const rows = flattenOutline(tree())
    expect(rows.filter((r) => r.hasChildren).map((r) => r.key)).toEqual(['bone:leadership', 'cause:time', 'bone:talent'])
  })

  it('links each cause to the row it hangs under', () => {
    const rows = flattenOutline(tree())
    expect(rows.find((r) => r.key === 'cause:schedule')?.parentKey).toBe('cause:time')
    expect(rows.find((r) => r.key === 'cause:pd')?.parentKey).toBe('bone:leadership')
  })
})

describe('visibleRows', () => {
  it('hides a collapsed bone’s causes and sub-causes but keeps the bone', () => {
    const keys = visibleRows(flattenOutline(tree()), new Set(['bone:leadership'])).map((r) => r.key)
    expect(keys.slice(0, 3)).toEqual(['bone:leadership', 'bone:talent', 'cause:turnover'])
  })

  it('hides only the sub-causes of a collapsed cause', () => {
    const keys = visibleRows(flattenOutline(tree()), new Set(['cause:time'])).map((r) => r.key)
    expect(keys.slice(0, 3)).toEqual(['bone:leadership', 'cause:time', 'cause:pd'])
  })
})

describe('fallbackKey', () => {
  it('keeps the key while its row is still there', () => {
    const rows = flattenOutline(tree())
    expect(fallbackKey(rows, rows, 'cause:pd')).toBe('cause:pd')
  })

  it('moves focus to the nearest row above a deleted one', () => {
    const before = flattenOutline(tree())
    const after = before.filter((r) => r.key !== 'cause:pd')
    expect(fallbackKey(before, after, 'cause:pd')).toBe('cause:schedule')
  })
})
