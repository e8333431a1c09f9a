/**
 * REST contract for facilitator round actions: reveal a silent brainstorm, close a dot vote. Both
 * take no body; the round's target and rules are read by the server from the `control` document.
 */
import * as z from 'zod'
import { VoteResultValue } from '../doc/vote-results'
import { API, fillPath } from './routes'

export const ROUND_ROUTES = {
  reveal: (workspaceId: string, roundId: string) => fillPath(API.roundReveal, { id: workspaceId, roundId }),
  close: (workspaceId: string, roundId: string) => fillPath(API.roundClose, { id: workspaceId, roundId }),
  participation: (workspaceId: string, roundId: string) => fillPath(API.roundParticipation, { id: workspaceId, roundId }),
} as const

/** Both actions are sent with an empty JSON object (or no body). */
export const RoundActionBody = z.strictObject({})

export const RevealResponse = z.object({
  roundId: z.string(),
  status: z.literal('revealed'),
  /** drafts copied onto the board (empty drafts are dropped) */
  revealed: z.number().int().nonnegative(),
  /** members whose drafts were read */
  contributors: z.number().int().nonnegative(),
  /** members whose private document could not be read: left out, named so the coach can follow up */
  skipped: z.array(z.string()),
})
export type RevealResponse = z.infer<typeof RevealResponse>

export const CloseVoteResponse = z.object({
  roundId: z.string(),
  status: z.literal('closed'),
  result: VoteResultValue,
  /** entries that broke the round's rules and counted zero */
  ignored: z.number().int().nonnegative(),
  /** members whose private document could not be read: their dots are not counted */
  skipped: z.array(z.string()),
})
export type CloseVoteResponse = z.infer<typeof CloseVoteResponse>

const count = z.number().int().nonnegative()
/**
 * Who has taken part in an open round so far (shared/domain/participation.ts). Strict objects: the
 * anonymous answer cannot carry a member id or a name, even by mistake.
 */
export const RoundParticipation = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('anonymous'), kind: z.enum(['brainstorm', 'vote']), status: z.string(), expected: count, done: count }),
  z.strictObject({
    mode: z.literal('named'),
    kind: z.enum(['brainstorm', 'vote']),
    status: z.string(),
    expected: count,
    done: count,
    members: z.array(z.strictObject({ memberId: z.string(), displayName: z.string(), count, done: z.boolean() })),
  }),
])
export type RoundParticipation = z.infer<typeof RoundParticipation>
