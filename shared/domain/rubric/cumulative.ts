/**
 * Cumulative display of levels: in Tool C every level above the lowest begins "And …", so a level
 * means everything in the levels below it plus its own descriptor. Non-cumulative rubrics show one cell.
 */
import type { Rubric, RubricElement } from '../../content/rubric-model'
import type { LevelIndex } from './types'

/** The descriptors that make up `level`, lowest first (just the one cell if the rubric is not cumulative). */
export function cumulativeDescriptors(rubric: Rubric, element: RubricElement, level: LevelIndex): readonly string[] {
  if (level < 0 || level >= element.levels.length) return []
  const texts = element.levels.map((l) => l.text)
  return rubric.cumulative ? texts.slice(0, level + 1) : [texts[level] ?? '']
}

/** The level as one paragraph: "A system of support is in place. And reflects effective practices …". */
export function renderCumulative(rubric: Rubric, element: RubricElement, level: LevelIndex): string {
  return cumulativeDescriptors(rubric, element, level).join(' ')
}
