/**
 * Level descriptions as the source builds them: each level above the lowest is "everything in the
 * level below, and …". Tool C's cells begin "And …"; that word is folded into the sentence.
 */
import type { Rubric, RubricElement } from '../../../../shared/content/rubric-model'

export function levelDescription(rubric: Rubric, element: RubricElement, index: number): string {
  const own = element.levels[index]?.text ?? ''
  const below = rubric.levels[index - 1]?.label
  if (!rubric.cumulative || index === 0 || below === undefined) return own
  const rest = /^And\s+/i.exec(own) ? own.replace(/^And\s+/i, '') : null
  return rest !== null ? `Everything in ${below}, and ${rest}` : `Everything in ${below}, and: ${own}`
}
