/**
 * Closing a dot vote: the items that may receive dots are read from the target board (SWOT items or
 * fishbone causes — anything else, such as a forged id, counts zero), every contributor's dots are
 * read from their private document, tallied under the round's rules, and only totals are published.
 */
import type * as Y from 'yjs'
import type { CloseVoteResponse } from '../../shared/api/rounds'
import { setRoundStatus } from '../../shared/doc/control'
import { fishboneMap } from '../../shared/doc/fishbone'
import { readFishbone } from '../../shared/doc/fishbone-read'
import { ORIGINS } from '../../shared/doc/origin'
import type { RoundTarget } from '../../shared/doc/round-settings'
import { swotBoardMap } from '../../shared/doc/swot'
import { readSwotBoard } from '../../shared/doc/swot-read'
import { publishVoteResult } from '../../shared/doc/vote-results'
import { votesIn, type MemberVotes } from '../../shared/doc/votes'
import { SWOT_QUADRANTS } from '../../shared/content/swot-prompts'
import { tally } from '../../shared/domain/votes'
import { err, ok, type Result } from '../../shared/result'
import type { FeatureDeps } from '../features'
import { fromStorage, type ApiFailure } from '../http/errors'
import type { RoundContext } from './request'
import { readEachPrivate } from '../docs/read-private'

/** Ids that may receive dots, or undefined when the target board is gone. */
export function votableIds(doc: Y.Doc, target: RoundTarget): readonly string[] | undefined {
  if (target.kind === 'swot') {
    const board = swotBoardMap(doc, target.boardId)
    if (!board) return undefined
    const read = readSwotBoard(target.boardId, board)
    return SWOT_QUADRANTS.flatMap((q) => read.quadrants[q].map((i) => i.id))
  }
  const f = fishboneMap(doc, target.fishboneId)
  return f ? readFishbone(target.fishboneId, f).causes.map((c) => c.id) : undefined
}

export async function closeVote(deps: FeatureDeps, ctx: RoundContext): Promise<Result<CloseVoteResponse, ApiFailure>> {
  const { docs } = deps
  const { workspaceId, round, settings } = ctx
  const rules = settings.vote
  if (!rules) return err({ kind: 'conflict', message: `round "${round.id}" has no budget or cap` })
  const ids = await docs.read(workspaceId, { kind: 'board' }, (doc) => votableIds(doc, settings.target))
  if (!ids.ok) return err(fromStorage(ids.error))
  if (!ids.value) return err({ kind: 'conflict', message: 'the round’s board was deleted; nothing was tallied' })

  const privates = await readEachPrivate(docs, workspaceId, ctx.contributors, (doc) => votesIn(doc, round.id))
  const byMember: Record<string, MemberVotes> = Object.fromEntries(privates.values)
  const counted = tally(byMember, rules.budget, rules.cap, ids.value)
  let result: CloseVoteResponse['result'] | undefined
  const published = await docs.write(workspaceId, { kind: 'published' }, (doc) => {
    result = publishVoteResult(doc, round.id, { target: settings.target, budget: rules.budget, cap: rules.cap, tally: counted, closedAt: deps.now().getTime() })
  })
  if (!published.ok) return err(fromStorage(published.error))
  const marked = await docs.write(workspaceId, { kind: 'control' }, (doc) => void setRoundStatus(doc, round.id, 'closed', ORIGINS.server))
  if (!marked.ok) return err(fromStorage(marked.error))
  if (!result) return err({ kind: 'unavailable', message: 'the tally was not published' })
  return ok({ roundId: round.id, status: 'closed', result, ignored: counted.ignored.length, skipped: privates.skipped.map((m) => m.displayName) })
}
