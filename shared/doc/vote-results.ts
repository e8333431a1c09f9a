/**
 * Closed dot votes in the `published` document (only the server writes it): per round, the target,
 * the rules, and totals per item — never who voted for what. Key: `vote/<roundId>`.
 */
import type * as Y from 'yjs'
import * as z from 'zod'
import type { Tally } from '../domain/votes'
import { ORIGINS, type TransactionOrigin } from './origin'
import { RoundTarget } from './round-settings'
import { publishedRoot } from './schema'

export const VoteResultValue = z.object({
  target: RoundTarget,
  budget: z.number().int().positive(),
  cap: z.number().int().positive(),
  /** itemId → dots; items with no dots are absent */
  totals: z.record(z.string(), z.number().int().positive()),
  /** members with at least one counted dot */
  voters: z.number().int().nonnegative(),
  closedAt: z.number(),
})
export type VoteResult = z.infer<typeof VoteResultValue>

const KEY = 'vote/'

export function publishVoteResult(
  doc: Y.Doc,
  roundId: string,
  input: { readonly target: RoundTarget; readonly budget: number; readonly cap: number; readonly tally: Tally; readonly closedAt: number },
  origin: TransactionOrigin = ORIGINS.server,
): VoteResult {
  const value: VoteResult = {
    target: { ...input.target },
    budget: input.budget,
    cap: input.cap,
    totals: { ...input.tally.totals },
    voters: input.tally.voters,
    closedAt: input.closedAt,
  }
  doc.transact(() => publishedRoot(doc).set(KEY + roundId, value), origin)
  return value
}

export function readVoteResult(doc: Y.Doc, roundId: string): VoteResult | undefined {
  const r = VoteResultValue.safeParse(publishedRoot(doc).get(KEY + roundId))
  return r.success ? r.data : undefined
}
