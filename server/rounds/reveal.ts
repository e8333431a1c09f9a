/**
 * Revealing a silent brainstorm: read each contributor's drafts for the round from their private
 * document, place them on the target board, delete them from the private documents, and mark the
 * round revealed. Board first, status last: a failure part-way leaves the round open to retry, and
 * the HMAC item ids make a retry place nothing twice.
 */
import { deleteDrafts, hasContent, readDrafts } from '../../shared/doc/drafts'
import { setRoundStatus } from '../../shared/doc/control'
import { ORIGINS } from '../../shared/doc/origin'
import type { RevealResponse } from '../../shared/api/rounds'
import { err, ok, type Result } from '../../shared/result'
import type { FeatureDeps } from '../features'
import { fromStorage, type ApiFailure } from '../http/errors'
import { placeDrafts, shuffled, targetExists, type AuthoredDraft } from './place-drafts'
import type { RoundContext } from './request'
import { readEachPrivate } from '../docs/read-private'

export async function revealRound(deps: FeatureDeps, ctx: RoundContext): Promise<Result<RevealResponse, ApiFailure>> {
  const { docs } = deps
  const { workspaceId, round, settings } = ctx
  const secret = await deps.storage.serverSecret()
  if (!secret.ok) return err(fromStorage(secret.error))

  const all: AuthoredDraft[] = []
  const read: { memberId: string; draftIds: string[] }[] = []
  const privates = await readEachPrivate(docs, workspaceId, ctx.contributors, (doc) => readDrafts(doc, round.id))
  for (const [memberId, drafts] of privates.values) {
    read.push({ memberId, draftIds: drafts.map((d) => d.id) })
    for (const draft of drafts) if (hasContent(draft)) all.push({ memberId, draft })
  }
  const anonymous = ctx.anonymity === 'anonymous'
  const ordered = anonymous ? shuffled(all, deps.random) : [...all].sort((a, b) => a.draft.createdAt - b.draft.createdAt)

  let revealed = 0
  let missing = false
  const wrote = await docs.write(workspaceId, { kind: 'board' }, (doc) => {
    if (!targetExists(doc, settings.target)) {
      missing = true
      return
    }
    revealed = placeDrafts(doc, ordered, { target: settings.target, roundId: round.id, secret: secret.value, anonymous, now: deps.now().getTime() })
  })
  if (!wrote.ok) return err(fromStorage(wrote.error))
  if (missing) return err({ kind: 'conflict', message: 'the round’s board was deleted; nothing was revealed' })

  for (const { memberId, draftIds } of read) {
    if (draftIds.length === 0) continue
    const cleared = await docs.write(workspaceId, { kind: 'private', memberId }, (doc) => deleteDrafts(doc, draftIds, ORIGINS.server))
    if (!cleared.ok) return err(fromStorage(cleared.error))
  }
  const marked = await docs.write(workspaceId, { kind: 'control' }, (doc) => void setRoundStatus(doc, round.id, 'revealed', ORIGINS.server))
  if (!marked.ok) return err(fromStorage(marked.error))
  const skipped = privates.skipped.map((m) => m.displayName)
  return ok({ roundId: round.id, status: 'revealed', revealed, contributors: new Set(all.map((a) => a.memberId)).size, skipped })
}
