/**
 * The `control` document as plain data, with zod schemas for every stored value. The document is
 * remote, untrusted content (the server reads it to decide group access), so each value is parsed
 * and a bad one is skipped and reported — never a crash, never a guess.
 */
import * as z from 'zod'
import { BREAKOUT_MODES, TOOLS, type AgendaPhase, type BreakoutMode, type Tool } from '../../content/agendas'
import type { PhaseCursor } from './phases'
import type { TimerState } from './timer'

export const ANONYMITY_MODES = ['named', 'anonymous'] as const
export type AnonymityMode = (typeof ANONYMITY_MODES)[number]

export const ROUND_KINDS = ['vote', 'brainstorm'] as const
export const ROUND_STATUSES = ['open', 'closed', 'revealed'] as const
export type RoundStatus = (typeof ROUND_STATUSES)[number]

const nonNegative = z.number().nonnegative()
const isTool = (t: string): t is Tool => (TOOLS as readonly string[]).includes(t)

export const AgendaPhaseValue = z.object({
  id: z.string().min(1),
  title: z.string(),
  board: z.string(),
  minutes: nonNegative,
  prompts: z.array(z.string()),
  // unknown tools (from a newer client) are dropped, not fatal
  tools: z.array(z.string()).transform((ts) => ts.filter(isTool)),
  breakout: z.enum(BREAKOUT_MODES).optional().catch(undefined),
})
export const AgendaValue = z.object({ templateId: z.string(), phases: z.array(AgendaPhaseValue) })
export const PhaseValue = z.object({ index: z.number().int().nonnegative(), epoch: z.number().int().nonnegative() })
export const TimerValue = z.discriminatedUnion('status', [
  z.object({ status: z.literal('idle'), durationMs: nonNegative }),
  z.object({ status: z.literal('running'), durationMs: nonNegative, endsAt: z.number() }),
  z.object({ status: z.literal('paused'), durationMs: nonNegative, remainingMs: nonNegative }),
])
export const AnonymityValue = z.enum(ANONYMITY_MODES)
export const BreakoutValue = z.object({ mode: z.enum(BREAKOUT_MODES), active: z.boolean(), round: z.number().int().nonnegative() })
export const GroupValue = z.object({ name: z.string(), order: z.string() })
export const RoundValue = z.object({
  kind: z.enum(ROUND_KINDS),
  title: z.string(),
  board: z.string(),
  status: z.enum(ROUND_STATUSES),
  openedAt: z.number(),
})
export const SpotlightValue = z.object({
  memberId: z.string().min(1),
  board: z.string(),
  viewport: z.object({ x: z.number(), y: z.number(), zoom: z.number().positive() }).optional(),
  /** on the share-out board: the group whose board the room is looking at */
  groupId: z.string().optional(),
})
/** "Follow me": members follow this facilitator's board and whiteboard view until they break away. */
export const FollowValue = z.object({ leaderId: z.string().min(1), since: z.number() })
export type FollowLead = z.infer<typeof FollowValue>
/** Who locked a board and why, shown in the banner; a bare `true` (older clients) is a lock with no details. */
export const LockValue = z.union([
  z.literal(true),
  z.object({ by: z.string(), byName: z.string().max(200), reason: z.string().max(200), at: z.number() }),
])
export type LockInfo = Exclude<z.infer<typeof LockValue>, true>
export const PinValue = z.object({ order: z.string() })
export const AskedValue = z.object({ at: z.number(), by: z.string() })

export interface Agenda {
  readonly templateId: string
  readonly phases: readonly AgendaPhase[]
}
export interface BreakoutGroup {
  readonly id: string
  readonly name: string
  readonly order: string
  readonly memberIds: readonly string[]
}
export interface Breakout {
  readonly mode: BreakoutMode
  /** false after the round ends; groups stay listed so their boards can be walked and shared */
  readonly active: boolean
  /** bumped each time groups are (re)made */
  readonly round: number
  readonly groups: readonly BreakoutGroup[]
}
export interface Round {
  readonly id: string
  readonly kind: (typeof ROUND_KINDS)[number]
  readonly title: string
  readonly board: string
  readonly status: RoundStatus
  readonly openedAt: number
}
export type Spotlight = z.infer<typeof SpotlightValue>

export interface ControlState {
  readonly agenda: Agenda | null
  readonly phase: PhaseCursor
  readonly timer: TimerState
  readonly anonymity: AnonymityMode
  /** locked board ids (a board kind, or a specific board such as one fishbone) */
  readonly locks: readonly string[]
  /** details of the locks that carry them (by board id) */
  readonly lockInfo: Readonly<Record<string, LockInfo>>
  /** rubric domains whose individual results have been revealed */
  readonly revealedDomains: readonly string[]
  readonly rounds: readonly Round[]
  readonly breakout: Breakout | null
  /** the facilitator everyone may follow, and where they are */
  readonly spotlight: Spotlight | null
  /** a facilitator leading with "Follow me" (`since` tells one lead from the next) */
  readonly follow: FollowLead | null
  /** pinned prompt ids in pin order */
  readonly pinned: readonly string[]
  readonly asked: Readonly<Record<string, z.infer<typeof AskedValue>>>
  /** document keys whose values failed validation and were ignored */
  readonly ignored: readonly string[]
}

export function currentPhase(state: ControlState): AgendaPhase | undefined {
  return state.agenda?.phases[state.phase.index]
}

/** The group a member is assigned to in the latest breakout round (used for `group/<id>` access). */
export function groupOfMember(state: ControlState, memberId: string): string | undefined {
  return state.breakout?.groups.find((g) => g.memberIds.includes(memberId))?.id
}

export const isLocked = (state: ControlState, board: string): boolean => state.locks.includes(board)
