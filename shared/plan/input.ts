/**
 * What the snapshot transform reads: plain data, never a Y.Doc. Glue code builds it from the board
 * (readPlan for the draft, the SWOT/fishbone/rubric readers for the rest). Every field is optional
 * and an empty object is a valid input: an empty board still snapshots.
 */
import type { SwotQuadrant } from '../content/swot-prompts'
import type { PlanDraft } from './draft'

export type SwotItemInput = {
  readonly id: string
  readonly quadrant: SwotQuadrant
  readonly text: string
  readonly evidence: string
  /** a URL or reference to the evidence, shown as text; counts as evidence */
  readonly link?: string
  /** which SWOT board the item came from (a workspace can have several) */
  readonly boardTitle?: string
}

/** A free note: "what can be leveraged…" or a root-cause summary written on the board. */
export type NoteInput = { readonly id: string; readonly text: string }

export type CauseInput = {
  readonly id: string
  readonly text: string
  readonly kind: 'cause' | 'symptom'
  /** within the team's control to act on */
  readonly actionable: boolean
  readonly evidence: string
  /** a URL or reference to the evidence; counts as evidence */
  readonly link?: string
  /** Four Domains practice code, 1a–4c */
  readonly practiceCode?: string
  /** chosen in the prioritise step (dot vote or facilitator) */
  readonly prioritised: boolean
  /** the fishbone heads (problem statements) this cause appears under; several → systemic */
  readonly headIds: readonly string[]
  /** tagged systemic by the team */
  readonly systemic: boolean
}

/** A fishbone head, so root causes can say which problem they explain. */
export type FishboneHeadInput = { readonly id: string; readonly text: string }

/** The team's agreed level for a rubric element: 0 Consistently Low … 3 Consistently High, null = not agreed. */
export type RubricTeamLevelInput = {
  readonly elementId: string
  readonly level: 0 | 1 | 2 | 3 | null
  readonly evidence: string
}

export const SESSION_METHODS = {
  rubric: 'the LEA Self-Reflection (Tool C)',
  swot: 'a SWOT analysis',
  fishbone: 'fishbone diagrams',
  fiveWhys: '5 Whys',
  brainstorm: 'silent brainstorming',
  dotVote: 'dot voting to prioritise',
  breakout: 'breakout groups',
} as const
export type SessionMethod = keyof typeof SESSION_METHODS

/**
 * What the workspace's history shows about how the session ran. Every sentence of the session
 * record is derived from these facts and nothing else, so the plan never claims what did not happen.
 */
export type SessionFactsInput = {
  /** ISO date (or date-time) of the session: the snapshot's day */
  readonly date: string
  /** the first day of work (the workspace's creation), when it differs from `date` */
  readonly startDate?: string
  /** methods the team produced something with (an untouched example does not count) */
  readonly methods: readonly SessionMethod[]
  /** members who took part, observers and facilitators excluded, by stakeholder role (see shared/auth/roles.ts); `label` overrides the role's name */
  readonly participants: readonly { readonly role: string; readonly label?: string; readonly count: number }[]
  /** facilitators (coaches) who led the session; named as such, never as a stakeholder role */
  readonly facilitators?: number
  /** rubric picks were shared only as anonymous aggregates */
  readonly anonymous: boolean
  /** the self-reflection: whether individual picks were revealed, and how many team levels were agreed */
  readonly rubric?: { readonly revealed: boolean; readonly teamLevels: number }
}

export type SnapshotInput = {
  readonly plan?: PlanDraft
  /** plan title, e.g. the workspace title */
  readonly title?: string
  readonly swot?: readonly SwotItemInput[]
  readonly leverageNotes?: readonly NoteInput[]
  readonly rootCauseNotes?: readonly NoteInput[]
  readonly causes?: readonly CauseInput[]
  readonly heads?: readonly FishboneHeadInput[]
  readonly rubric?: readonly RubricTeamLevelInput[]
  /** several sessions (a segmented needs assessment) may feed one plan */
  readonly sessions?: readonly SessionFactsInput[]
  /**
   * Set on a re-snapshot: the first snapshot's date stays the Date of Plan, this snapshot's date
   * becomes the Date of Update, and the justification note becomes the Update Summary.
   */
  readonly revision?: { readonly dateOfPlan: string; readonly note: string }
}
