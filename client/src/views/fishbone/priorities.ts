/** Pure facts for the prioritisation panel: the latest closed vote on a diagram, and why a top cause is not (yet) a root cause. */
import type { RootCauseGap } from '../../../../shared/domain/fishbone/prioritise'

export const GAP_TEXT = {
  'kind-untagged': 'tag it as a cause or a symptom',
  symptom: 'it is tagged as a symptom — ask “why?” again',
  'actionable-untagged': 'tag whether it is actionable',
  'not-actionable': 'it is tagged as not actionable',
} as const satisfies Record<RootCauseGap, string>

export function gapSentence(gaps: readonly RootCauseGap[]): string {
  return gaps.length === 0 ? '' : `Not sent to the SWOT yet: ${gaps.map((g) => GAP_TEXT[g]).join('; ')}.`
}

export interface ClosedVote {
  readonly roundId: string
  readonly title: string
  readonly totals: Readonly<Record<string, number>>
  readonly voters: number
  readonly closedAt: number
}

/** The most recently closed vote, or undefined when none has closed (lists then follow outline order). */
export function latestVote(votes: readonly ClosedVote[]): ClosedVote | undefined {
  return votes.reduce<ClosedVote | undefined>((best, v) => (best === undefined || v.closedAt > best.closedAt ? v : best), undefined)
}

/** Dots this member has left in an open round. */
export function dotsLeft(mine: Readonly<Record<string, number>>, budget: number): number {
  return Math.max(0, budget - Object.values(mine).reduce((s, n) => s + n, 0))
}
