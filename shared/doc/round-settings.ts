/**
 * What a brainstorm or vote round is about, stored beside the round in the `control` document under
 * flat keys (`roundSettings/<id>`, `roundTop/<id>`): its target board, a vote's budget and per-item
 * cap, and the items the facilitator marked as top. Generic over targets: SWOT boards or fishbones.
 */
import type * as Y from 'yjs'
import * as z from 'zod'
import type { Round } from '../domain/facilitation/control-state'
import { err, ok, type Result } from '../result'
import { openRound, readControl } from './control'
import { ID_PATTERN } from './names'
import { ORIGINS, type TransactionOrigin } from './origin'
import { controlRoot } from './schema'

const boardRef = z.string().min(1).max(200)
export const RoundTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('swot'), boardId: boardRef }),
  z.object({ kind: z.literal('fishbone'), fishboneId: boardRef }),
])
export type RoundTarget = z.infer<typeof RoundTarget>

export const VOTE_LIMITS = { budget: { min: 1, max: 50 }, cap: { min: 1, max: 50 } } as const
export const VoteRules = z
  .object({
    budget: z.number().int().min(VOTE_LIMITS.budget.min).max(VOTE_LIMITS.budget.max),
    cap: z.number().int().min(VOTE_LIMITS.cap.min).max(VOTE_LIMITS.cap.max),
  })
  .refine((r) => r.cap <= r.budget, { message: 'the per-item cap cannot exceed the budget', path: ['cap'] })
export type VoteRules = z.infer<typeof VoteRules>

export const RoundSettingsValue = z.object({ target: RoundTarget, vote: VoteRules.optional() })
export type RoundSettings = z.infer<typeof RoundSettingsValue>
const TopValue = z.object({ itemIds: z.array(z.string().min(1).max(200)).max(500) })

const SETTINGS = 'roundSettings/'
const TOP = 'roundTop/'

export const sameTarget = (a: RoundTarget, b: RoundTarget): boolean =>
  a.kind === 'swot' ? b.kind === 'swot' && a.boardId === b.boardId : b.kind === 'fishbone' && a.fishboneId === b.fishboneId

export interface OpenRoundInput {
  readonly roundId: string
  readonly title: string
  readonly target: RoundTarget
}

function open(doc: Y.Doc, kind: Round['kind'], input: OpenRoundInput, vote: VoteRules | undefined, serverNow: number, origin: TransactionOrigin): Result<string, string> {
  if (!ID_PATTERN.test(input.roundId)) return err('round id must be 6–64 letters, digits, "_" or "-"')
  if (controlRoot(doc).has(SETTINGS + input.roundId)) return err(`round "${input.roundId}" already exists`)
  const target = RoundTarget.safeParse(input.target)
  if (!target.success) return err('the round needs a board')
  doc.transact(() => {
    openRound(doc, { id: input.roundId, kind, title: input.title, board: target.data.kind }, serverNow, origin)
    controlRoot(doc).set(SETTINGS + input.roundId, { target: { ...target.data }, ...(vote && { vote: { ...vote } }) })
  }, origin)
  return ok(input.roundId)
}

export const openBrainstormRound = (doc: Y.Doc, input: OpenRoundInput, serverNow: number, origin: TransactionOrigin = ORIGINS.localUser): Result<string, string> =>
  open(doc, 'brainstorm', input, undefined, serverNow, origin)

export function openVoteRound(
  doc: Y.Doc,
  input: OpenRoundInput & { readonly budget: number; readonly cap: number },
  serverNow: number,
  origin: TransactionOrigin = ORIGINS.localUser,
): Result<string, string> {
  const rules = VoteRules.safeParse({ budget: input.budget, cap: input.cap })
  if (!rules.success) return err(rules.error.issues[0]?.message ?? 'invalid vote rules')
  return open(doc, 'vote', input, rules.data, serverNow, origin)
}

export function readRoundSettings(doc: Y.Doc, roundId: string): RoundSettings | undefined {
  const r = RoundSettingsValue.safeParse(controlRoot(doc).get(SETTINGS + roundId))
  return r.success ? r.data : undefined
}

export interface TargetedRound extends Round {
  readonly settings: RoundSettings
}

/** Rounds about one board, oldest first; rounds without valid settings are left out. */
export function roundsFor(doc: Y.Doc, target: RoundTarget): readonly TargetedRound[] {
  const out: TargetedRound[] = []
  for (const round of readControl(doc).rounds) {
    const settings = readRoundSettings(doc, round.id)
    if (settings && sameTarget(settings.target, target)) out.push({ ...round, settings })
  }
  return out
}

/** The facilitator's "top items" after a vote (replaced as a whole: one person curates it). */
export function setTopItems(doc: Y.Doc, roundId: string, itemIds: readonly string[], origin: TransactionOrigin = ORIGINS.localUser): Result<void, string> {
  const parsed = TopValue.safeParse({ itemIds: [...new Set(itemIds)] })
  if (!parsed.success) return err('too many or malformed item ids')
  doc.transact(() => controlRoot(doc).set(TOP + roundId, parsed.data), origin)
  return ok(undefined)
}

export function readTopItems(doc: Y.Doc, roundId: string): readonly string[] {
  const r = TopValue.safeParse(controlRoot(doc).get(TOP + roundId))
  return r.success ? r.data.itemIds : []
}
