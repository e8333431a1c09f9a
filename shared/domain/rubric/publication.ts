/**
 * What the server publishes after the reveal. Anonymous: counts, median, range, flag and pooled
 * evidence with no author, in shuffled order. Named: the same plus who picked what and wrote what.
 * The anonymous types declare member-carrying fields as `never`, so a named result cannot be passed off as one.
 */
import type { Rubric } from '../../content/rubric-model'
import { aggregatePicks, type ElementStats } from './aggregate'
import { shuffled, type RandomFn } from '../../random'
import { isLevelIndex } from './structure'
import type { LevelIndex, PicksByMember, SubmissionsByMember } from './types'

export type AnonymousElementResult = ElementStats & {
  /** pooled, non-blank evidence; its order carries no information about who wrote it */
  readonly evidence: readonly string[]
  readonly picks?: never
}

export type AnonymousPublication = {
  readonly mode: 'anonymous'
  readonly rubricId: string
  /** how many members submitted, never which */
  readonly memberCount: number
  readonly elements: readonly AnonymousElementResult[]
  readonly memberIds?: never
}

export type AttributedEvidence = { readonly memberId: string; readonly text: string }

export type NamedElementResult = ElementStats & {
  /** memberId → level, only for members who picked this element */
  readonly picks: Readonly<Record<string, LevelIndex>>
  readonly evidence: readonly AttributedEvidence[]
}

export type NamedPublication = {
  readonly mode: 'named'
  readonly rubricId: string
  /** sorted, so the column order of exports is stable */
  readonly memberIds: readonly string[]
  readonly elements: readonly NamedElementResult[]
}

export type RubricPublication = AnonymousPublication | NamedPublication
export type PublicationMode = RubricPublication['mode']

function picksOf(submissions: SubmissionsByMember): PicksByMember {
  return Object.fromEntries(Object.entries(submissions).map(([id, s]) => [id, s.picks]))
}

function evidenceOf(submissions: SubmissionsByMember, elementId: string): AttributedEvidence[] {
  const out: AttributedEvidence[] = []
  for (const [memberId, s] of Object.entries(submissions)) {
    const text = s.evidence[elementId]?.trim() ?? ''
    if (text !== '') out.push({ memberId, text })
  }
  return out
}

export function buildAnonymousPublication(
  rubric: Rubric,
  submissions: SubmissionsByMember,
  random: RandomFn,
): AnonymousPublication {
  return {
    mode: 'anonymous',
    rubricId: rubric.id,
    memberCount: Object.keys(submissions).length,
    // Rows are rebuilt field by field (no spreading of member data) so nothing attributed can ride along.
    elements: aggregatePicks(rubric, picksOf(submissions)).map((stats) => ({
      ...stats,
      evidence: shuffled(
        evidenceOf(submissions, stats.elementId).map((e) => e.text),
        random,
      ),
    })),
  }
}

export function buildNamedPublication(rubric: Rubric, submissions: SubmissionsByMember): NamedPublication {
  const memberIds = Object.keys(submissions).sort()
  return {
    mode: 'named',
    rubricId: rubric.id,
    memberIds,
    elements: aggregatePicks(rubric, picksOf(submissions)).map((stats) => {
      const picks: Record<string, LevelIndex> = {}
      for (const memberId of memberIds) {
        const level = submissions[memberId]?.picks[stats.elementId]
        if (isLevelIndex(rubric, level)) picks[memberId] = level
      }
      const evidence = evidenceOf(submissions, stats.elementId).sort((a, b) => (a.memberId < b.memberId ? -1 : 1))
      return { ...stats, picks, evidence }
    }),
  }
}

export function buildPublication(
  rubric: Rubric,
  submissions: SubmissionsByMember,
  mode: PublicationMode,
  random: RandomFn,
): RubricPublication {
  return mode === 'anonymous'
    ? buildAnonymousPublication(rubric, submissions, random)
    : buildNamedPublication(rubric, submissions)
}

/** Only the elements of the revealed domains (the facilitator may reveal one domain at a time). */
export function restrictToDomains(publication: RubricPublication, domainIds: readonly string[]): RubricPublication {
  const keep = new Set(domainIds)
  return publication.mode === 'anonymous'
    ? { ...publication, elements: publication.elements.filter((e) => keep.has(e.domainId)) }
    : { ...publication, elements: publication.elements.filter((e) => keep.has(e.domainId)) }
}
