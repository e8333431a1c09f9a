import { describe, expect, it } from 'vitest'
import type { Rubric } from '../../../../shared/content/rubric-model'
import { LEA_SELF_REFLECTION } from '../../../../shared/content/lea-self-reflection'
import { cumulativeDescriptors, renderCumulative } from '../../../../shared/domain/rubric/cumulative'
import { findElement } from '../../../../shared/domain/rubric/structure'

const rubric = LEA_SELF_REFLECTION
const element = findElement(rubric, '1c1')?.element
if (element === undefined) throw new Error('1c1 missing')

describe('cumulative levels', () => {
  it.each([
    [0, 1],
    [1, 2],
    [2, 3],
    [3, 4],
  ])('level %i is made of the %i descriptors up to and including it', (level, count) => {
    const parts = cumulativeDescriptors(rubric, element, level)
    expect(parts).toHaveLength(count)
    expect(parts.at(-1)).toBe(element.levels[level]?.text)
  })

  it('renders a level as everything below it followed by "And …"', () => {
    expect(renderCumulative(rubric, element, 1)).toBe(
      'A system of support is in place. And reflects effective practices to support school improvement.',
    )
  })

  it('shows a single cell for a rubric whose levels are independent', () => {
    const flat: Rubric = { ...rubric, cumulative: false }
    expect(cumulativeDescriptors(flat, element, 2)).toEqual([element.levels[2]?.text])
  })

  it.each([-1, 4])('gives nothing for level %i, which does not exist', (level) => {
    expect(cumulativeDescriptors(rubric, element, level)).toEqual([])
  })
})
