/**
 * Scoring progress: how many of the rubric's elements a member has given a valid level, and who has
 * finished. Only counts leave this module, so it is safe to publish before the reveal.
 */
import type { Rubric } from '../../content/rubric-model'
import { isLevelIndex, rubricElements } from './structure'
import type { MemberPicks, PicksByMember } from './types'

export type Progress = { readonly scored: number; readonly total: number; readonly finished: boolean }

export function memberProgress(rubric: Rubric, picks: MemberPicks): Progress {
  const elements = rubricElements(rubric)
  const scored = elements.filter((p) => isLevelIndex(rubric, picks[p.element.id])).length
  return { scored, total: elements.length, finished: scored === elements.length }
}

/** memberId → progress, for every member given. */
export function progressByMember(rubric: Rubric, picks: PicksByMember): Readonly<Record<string, Progress>> {
  return Object.fromEntries(Object.entries(picks).map(([id, p]) => [id, memberProgress(rubric, p)]))
}

/** Members who scored every element, sorted. */
export function finishedMembers(rubric: Rubric, picks: PicksByMember): readonly string[] {
  return Object.entries(picks)
    .filter(([, p]) => memberProgress(rubric, p).finished)
    .map(([id]) => id)
    .sort()
}
