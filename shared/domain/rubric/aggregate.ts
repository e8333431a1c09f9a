/**
 * Per-element statistics of individual picks: counts per level, median, range, spread and the
 * disagreement flag. Picks that are not a level of the rubric, or name an unknown element, are ignored.
 * Median of an even number of picks is the mean of the two middle picks, so it may fall halfway
 * between two levels (e.g. 1.5 = between Basic and Moderate); `medianLabel` says so in words.
 */
import type { Rubric } from '../../content/rubric-model'
import { isLevelIndex, rubricElements } from './structure'
import type { LevelIndex, PicksByMember } from './types'

/** Picks this many levels apart (e.g. Low and Moderate) mean the team does not agree yet. */
export const DISAGREEMENT_SPREAD = 2

export type ElementStats = {
  readonly elementId: string
  /** carried so a publication can be cut to the revealed domains without the rubric at hand */
  readonly domainId: string
  /** number of members who picked a level for this element */
  readonly n: number
  /** picks per level, indexed like `Rubric.levels` */
  readonly counts: readonly number[]
  /** null when nobody picked; may be x.5 (see the header) */
  readonly median: number | null
  readonly range: { readonly min: LevelIndex; readonly max: LevelIndex } | null
  /** max − min, 0 without picks */
  readonly spread: number
  readonly disagreement: boolean
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const upper = sorted[mid] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2
}

/** Statistics for one element from the levels its pickers chose (any order; non-levels are dropped). */
export function statsFor(
  elementId: string,
  domainId: string,
  picked: readonly LevelIndex[],
  levelCount: number,
): ElementStats {
  const levels = picked.filter((l) => Number.isInteger(l) && l >= 0 && l < levelCount)
  const counts = Array.from({ length: levelCount }, () => 0)
  for (const level of levels) counts[level] = (counts[level] ?? 0) + 1
  if (levels.length === 0)
    return { elementId, domainId, n: 0, counts, median: null, range: null, spread: 0, disagreement: false }
  const min = Math.min(...levels)
  const max = Math.max(...levels)
  const spread = max - min
  return {
    elementId,
    domainId,
    n: levels.length,
    counts,
    median: median(levels),
    range: { min, max },
    spread,
    disagreement: spread >= DISAGREEMENT_SPREAD,
  }
}

/** The valid levels picked for one element, one per member who picked it. */
export function levelsFor(rubric: Rubric, picks: PicksByMember, elementId: string): LevelIndex[] {
  const out: LevelIndex[] = []
  for (const memberPicks of Object.values(picks)) {
    const level = memberPicks[elementId]
    if (isLevelIndex(rubric, level)) out.push(level)
  }
  return out
}

/** Statistics for every element, in rubric order (elements nobody picked have n = 0). */
export function aggregatePicks(rubric: Rubric, picks: PicksByMember): readonly ElementStats[] {
  return rubricElements(rubric).map(({ element, domain }) =>
    statsFor(element.id, domain.id, levelsFor(rubric, picks, element.id), rubric.levels.length),
  )
}

/** "Basic Performance", or "between Basic Performance and Moderate Performance" for a half-step median. */
export function medianLabel(rubric: Rubric, value: number | null): string {
  if (value === null) return 'no picks'
  const low = rubric.levels[Math.floor(value)]?.label ?? '?'
  if (Number.isInteger(value)) return low
  return `between ${low} and ${rubric.levels[Math.ceil(value)]?.label ?? '?'}`
}
