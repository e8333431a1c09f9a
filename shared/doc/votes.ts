/**
 * Dot votes in each member's private document (`privateRoot(doc,'votes')`), so nobody sees a vote
 * before the facilitator closes the round and the server tallies. Logically voteId → itemId → count;
 * stored flat under `<voteId>/<itemId>` so a member's two tabs never race to create a nested map.
 */
import type * as Y from 'yjs'
import { err, ok, type Result } from '../result'
import { type BoardError, invalid } from './board-errors'
import { ID_PATTERN } from './names'
import { ORIGINS, type TransactionOrigin } from './origin'
import { privateRoot } from './schema'

const SEP = '/'
export const voteKey = (voteId: string, itemId: string): string => `${voteId}${SEP}${itemId}`

export type MemberVotes = Readonly<Record<string, number>>

/** Every round's votes in this private document: voteId → itemId → count (positive integers only). */
export function readVotes(doc: Y.Doc): Readonly<Record<string, MemberVotes>> {
  const out: Record<string, Record<string, number>> = {}
  privateRoot(doc, 'votes').forEach((v, key) => {
    const at = key.indexOf(SEP)
    if (at <= 0 || typeof v !== 'number' || !Number.isInteger(v) || v <= 0) return
    const voteId = key.slice(0, at)
    ;(out[voteId] ??= {})[key.slice(at + 1)] = v
  })
  return out
}

export const votesIn = (doc: Y.Doc, voteId: string): MemberVotes => readVotes(doc)[voteId] ?? {}

export interface SetVote {
  readonly voteId: string
  readonly itemId: string
  /** dots on this item after the write; 0 removes them */
  readonly count: number
  /** dots per member for the round */
  readonly budget: number
  /** most dots one member may put on one item */
  readonly cap: number
}

/** Refuses a write that would break the round's rules; the server's tally ignores such entries anyway. */
export function setVote(doc: Y.Doc, input: SetVote, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  if (!ID_PATTERN.test(input.voteId)) return err(invalid('voteId is malformed'))
  if (input.itemId.length === 0 || input.itemId.length > 200) return err(invalid('itemId is malformed'))
  if (!Number.isInteger(input.count) || input.count < 0) return err(invalid('count must be a whole number ≥ 0'))
  if (input.count > input.cap) return err(invalid(`at most ${input.cap} dots on one item`))
  const mine = votesIn(doc, input.voteId)
  const others = Object.entries(mine).reduce((sum, [id, n]) => (id === input.itemId ? sum : sum + n), 0)
  if (others + input.count > input.budget) return err(invalid(`only ${input.budget} dots in this round`))
  const key = voteKey(input.voteId, input.itemId)
  const votes = privateRoot(doc, 'votes')
  doc.transact(() => (input.count === 0 ? votes.delete(key) : votes.set(key, input.count)), origin)
  return ok(undefined)
}

/** Adds (or with a negative delta removes) dots on one item. */
export function addVote(doc: Y.Doc, input: Omit<SetVote, 'count'> & { readonly delta: number }, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const current = votesIn(doc, input.voteId)[input.itemId] ?? 0
  return setVote(doc, { ...input, count: Math.max(0, current + input.delta) }, origin)
}

/** Takes back all of this member's dots in one round. */
export function clearVotes(doc: Y.Doc, voteId: string, origin: TransactionOrigin = ORIGINS.localUser): void {
  const votes = privateRoot(doc, 'votes')
  const prefix = voteId + SEP
  const keys = [...votes.keys()].filter((k) => k.startsWith(prefix))
  if (keys.length > 0) doc.transact(() => keys.forEach((k) => votes.delete(k)), origin)
}
