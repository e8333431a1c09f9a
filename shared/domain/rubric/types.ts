/**
 * Plain values the rubric logic works on: individual picks and evidence per member, and the
 * team's consensus. Level indexes are 0-based positions in `Rubric.levels` (0 = lowest).
 */

/** 0-based index into `Rubric.levels`; the source has no numeric scores, so this never reaches the UI as a number */
export type LevelIndex = number

/** elementId → level, for one member; an element the member has not scored is absent */
export type MemberPicks = Readonly<Record<string, LevelIndex>>

/** memberId → that member's picks */
export type PicksByMember = Readonly<Record<string, MemberPicks>>

/** elementId → evidence text, for one member */
export type MemberEvidence = Readonly<Record<string, string>>

/** What one member submitted: their picks and their evidence. */
export type Submission = { readonly picks: MemberPicks; readonly evidence: MemberEvidence }

/** memberId → submission */
export type SubmissionsByMember = Readonly<Record<string, Submission>>

/** The team's agreed level for one element; a level is locked only together with evidence. */
export type TeamElement = {
  readonly level: LevelIndex | null
  readonly evidence: string
  /** who locked the level and when (ms since epoch), for the record shown next to it */
  readonly setBy: string | null
  readonly setAt: number | null
}

export type TeamState = {
  /** elementId → consensus; elements nobody has touched are absent */
  readonly elements: Readonly<Record<string, TeamElement>>
  /** domainId → the "Strengths and Weaknesses in …" text */
  readonly strengthsWeaknesses: Readonly<Record<string, string>>
}
