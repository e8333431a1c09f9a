/**
 * How a level looks wherever it is shown: a short word, a fill colour and a pattern, so colour is
 * never the only signal (the heatmap, its PNG export and the distribution bars all use these).
 * Indexed like `Rubric.levels`, lowest first; `UNSET` is an element without a team level.
 */
import type { Rubric } from '../../../../shared/content/rubric-model'

export type Pattern = 'stripes' | 'dots' | 'lines' | 'solid' | 'none'

export interface LevelLook {
  readonly short: string
  readonly fill: string
  /** darker shade for patterns, bars and borders */
  readonly ink: string
  readonly pattern: Pattern
}

const LOOKS: readonly LevelLook[] = [
  { short: 'Low', fill: '#fecaca', ink: '#991b1b', pattern: 'stripes' },
  { short: 'Basic', fill: '#fed7aa', ink: '#9a3412', pattern: 'dots' },
  { short: 'Moderate', fill: '#bfdbfe', ink: '#1e40af', pattern: 'lines' },
  { short: 'High', fill: '#bbf7d0', ink: '#166534', pattern: 'solid' },
]

export const UNSET: LevelLook = { short: 'Not set', fill: '#f1f5f9', ink: '#475569', pattern: 'none' }

/** The look of level `index` of `rubric`; rubrics with other level counts spread over the same four looks. */
export function levelLook(rubric: Rubric, index: number | null | undefined): LevelLook {
  if (index === null || index === undefined || index < 0 || index >= rubric.levels.length) return UNSET
  const n = rubric.levels.length
  const at = n <= 1 ? LOOKS.length - 1 : Math.round((index / (n - 1)) * (LOOKS.length - 1))
  return LOOKS[at] ?? UNSET
}

/** CSS background for a pattern (the PNG export draws the same patterns on a canvas). */
export function cssBackground(look: LevelLook): string {
  const c = `${look.ink}55`
  switch (look.pattern) {
    case 'stripes':
      return `repeating-linear-gradient(45deg, ${c} 0 2px, transparent 2px 8px), ${look.fill}`
    case 'dots':
      return `radial-gradient(${c} 1.5px, transparent 1.6px) 0 0 / 7px 7px, ${look.fill}`
    case 'lines':
      return `repeating-linear-gradient(0deg, ${c} 0 2px, transparent 2px 7px), ${look.fill}`
    default:
      return look.fill
  }
}
