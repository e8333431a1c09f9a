/**
 * Writes revealed drafts onto their target board, inside the server's transaction. An item's id is
 * an HMAC of (round, member, draft) under the server secret: a retried reveal rewrites nothing twice,
 * and nobody can work back from an id to its author. Anonymous mode stores no author at all.
 * Identical drafts merge into one item (shared/domain/merge-drafts.ts).
 */
import { createHmac } from 'node:crypto'
import type * as Y from 'yjs'
import { SWOT_QUADRANTS, type SwotQuadrant } from '../../shared/content/swot-prompts'
import type { Draft } from '../../shared/doc/drafts'
import { readFishbone } from '../../shared/doc/fishbone-read'
import { addCause, causeText, tagCause } from '../../shared/doc/fishbone-causes'
import { fishboneMap } from '../../shared/doc/fishbone'
import { ORIGINS } from '../../shared/doc/origin'
import type { RoundTarget } from '../../shared/doc/round-settings'
import { addSwotItem, swotBoardMap } from '../../shared/doc/swot'
import { mergeIdenticalDrafts } from '../../shared/domain/merge-drafts'

export interface AuthoredDraft {
  readonly memberId: string
  readonly draft: Draft
}

export const revealedItemId = (secret: string, roundId: string, memberId: string, draftId: string): string =>
  'bs-' + createHmac('sha256', secret).update(`brainstorm:${roundId}:${memberId}:${draftId}`).digest('base64url').slice(0, 22)

export const targetExists = (doc: Y.Doc, target: RoundTarget): boolean =>
  target.kind === 'swot' ? swotBoardMap(doc, target.boardId) !== undefined : fishboneMap(doc, target.fishboneId) !== undefined

const isQuadrant = (s: string): s is SwotQuadrant => (SWOT_QUADRANTS as readonly string[]).includes(s)

export interface Placement {
  readonly target: RoundTarget
  readonly roundId: string
  readonly secret: string
  readonly anonymous: boolean
  readonly now: number
}

/** Returns how many drafts landed on the board (merged drafts each count; one already placed by an earlier try counts once). */
export function placeDrafts(doc: Y.Doc, drafts: readonly AuthoredDraft[], p: Placement): number {
  const server = ORIGINS.server
  let placed = 0
  const bones = p.target.kind === 'fishbone' ? readBoneIds(doc, p.target.fishboneId) : []
  // identical drafts (same slot, same words) become one item, so they do not split the votes later
  const flat = drafts.map((a) => ({ ...a.draft, memberId: a.memberId, draftId: a.draft.id }))
  const merged = mergeIdenticalDrafts(flat, (d) => revealedItemId(p.secret, p.roundId, d.memberId, d.draftId))
  for (const { itemId, lead, evidence: mergedEvidence, evidenceLink, count } of merged) {
    const draft = { ...lead, evidence: mergedEvidence, evidenceLink }
    const author = p.anonymous ? {} : { authorId: lead.memberId }
    if (p.target.kind === 'swot') {
      if (!isQuadrant(draft.slot)) continue
      const added = addSwotItem(
        doc,
        {
          boardId: p.target.boardId,
          itemId,
          quadrant: draft.slot,
          text: draft.text,
          evidence: draft.evidence,
          ...(draft.evidenceLink !== undefined && { evidenceLink: draft.evidenceLink }),
          ...author,
          source: { kind: 'brainstorm' },
          now: p.now,
        },
        server,
      )
      if (added.ok || added.error.code === 'exists') placed += count
    } else {
      // a bone deleted while people drafted: the draft goes to the last bone (Other/External by default)
      const boneId = bones.includes(draft.slot) ? draft.slot : bones[bones.length - 1]
      if (boneId === undefined) continue
      const fishboneId = p.target.fishboneId
      const added = addCause(doc, { fishboneId, causeId: itemId, boneId, text: draft.text, ...author, now: p.now }, server)
      if (!added.ok) {
        if (added.error.code === 'exists') placed += count
        continue
      }
      if (draft.evidence !== '') causeText(doc, fishboneId, itemId, 'evidence')?.insert(0, draft.evidence)
      if (draft.evidenceLink !== undefined) tagCause(doc, fishboneId, itemId, { evidenceLink: draft.evidenceLink }, server)
      placed += count
    }
  }
  return placed
}

function readBoneIds(doc: Y.Doc, fishboneId: string): string[] {
  const f = fishboneMap(doc, fishboneId)
  return f ? readFishbone(fishboneId, f).bones.map((b) => b.id) : []
}

/** Fisher–Yates with an injected source, so anonymous order says nothing about who wrote what. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}
