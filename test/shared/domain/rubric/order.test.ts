import { describe, expect, it } from 'vitest'
import { LEA_SELF_REFLECTION } from '../../../../shared/content/lea-self-reflection'
import { disagreementFirst, inRubricOrder } from '../../../../shared/domain/rubric/order'

const rubric = LEA_SELF_REFLECTION
const row = (elementId: string, spread: number) => ({ elementId, spread, disagreement: spread >= 2 })

describe('review order', () => {
  it.each([
    ['flagged elements come before agreed ones', [row('1a1', 0), row('4c3', 2)], ['4c3', '1a1']],
    ['a wider spread comes first among flagged elements', [row('1a1', 2), row('3a1', 3)], ['3a1', '1a1']],
    ['a wider spread comes first among agreed elements', [row('1a1', 0), row('2b2', 1)], ['2b2', '1a1']],
    ['equal spreads keep rubric order, not input order', [row('4a1', 2), row('1b2', 2), row('2c3', 2)], ['1b2', '2c3', '4a1']],
    ['unknown elements sort after known ones', [row('zz', 3), row('1a1', 3)], ['1a1', 'zz']],
  ])('disagreement first: %s', (_name, rows, expected) => {
    expect(disagreementFirst(rubric, rows).map((r) => r.elementId)).toEqual(expected)
  })

  it('rubric order follows domains, practices and elements, whatever the input order', () => {
    const rows = ['4c3', '1a5', '3c2', '1b1', '2a1'].map((id) => row(id, 0))
    expect(inRubricOrder(rubric, rows).map((r) => r.elementId)).toEqual(['1a5', '1b1', '2a1', '3c2', '4c3'])
  })

  it('does not reorder the array it was given', () => {
    const rows = [row('2a1', 0), row('1a1', 3)]
    disagreementFirst(rubric, rows)
    expect(rows.map((r) => r.elementId)).toEqual(['2a1', '1a1'])
  })
})
