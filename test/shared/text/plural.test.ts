import { describe, expect, it } from 'vitest'
import { countOf } from '../../../shared/text/plural'

describe('a count with its noun', () => {
  it.each([
    [0, 'pick', undefined, '0 picks'],
    [1, 'pick', undefined, '1 pick'],
    [2, 'pick', undefined, '2 picks'],
    [1, 'person', 'people', '1 person'],
    [4, 'person', 'people', '4 people'],
  ])('%i %s reads "%s"', (n, singular, plural, want) => {
    expect(countOf(n, singular, plural)).toBe(want)
  })
})
