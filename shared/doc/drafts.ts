/**
 * Silent-brainstorm drafts in a member's private document (`privateRoot(doc,'drafts')`: draftId →
 * draft). Nobody else can open that document, so a draft is unseen until the server's reveal copies
 * it onto the board and deletes it here. `slot` is where it will land: a SWOT quadrant or a bone id.
 */
import * as Y from 'yjs'
import { err, ok, type Result } from '../result'
import { type BoardError, invalid } from './board-errors'
import { ID_PATTERN } from './names'
import { ORIGINS, type TransactionOrigin } from './origin'
import { privateRoot } from './schema'
import { isEvidenceLink, num, str, textOf, yMap, yText } from './yfields'

/** Bounds the server applies when it reads drafts (they are remote data): longer text is cut, not refused. */
export const DRAFT_LIMITS = { text: 2000, evidence: 4000, perRound: 200 } as const

export interface Draft {
  readonly id: string
  readonly roundId: string
  readonly slot: string
  readonly createdAt: number
  readonly text: string
  readonly evidence: string
  readonly evidenceLink?: string
}

export const draftsRoot = (doc: Y.Doc): Y.Map<unknown> => privateRoot(doc, 'drafts')

/** The Y.Text an editor binds to for a draft's statement or evidence. */
export function draftText(doc: Y.Doc, draftId: string, field: 'text' | 'evidence'): Y.Text | undefined {
  const d = yMap(draftsRoot(doc), draftId)
  return d && yText(d, field)
}

export interface AddDraft {
  readonly draftId: string
  readonly roundId: string
  readonly slot: string
  readonly text?: string
  readonly now: number
}

export function addDraft(doc: Y.Doc, input: AddDraft, origin: TransactionOrigin = ORIGINS.localUser): Result<string, BoardError> {
  if (!ID_PATTERN.test(input.draftId)) return err(invalid('draftId is malformed'))
  if (!ID_PATTERN.test(input.roundId)) return err(invalid('roundId is malformed'))
  if (input.slot.length === 0 || input.slot.length > 64) return err(invalid('slot is malformed'))
  const root = draftsRoot(doc)
  if (root.has(input.draftId)) return err(invalid(`draft "${input.draftId}" already exists`))
  doc.transact(() => {
    const d = new Y.Map<unknown>()
    d.set('id', input.draftId)
    d.set('roundId', input.roundId)
    d.set('slot', input.slot)
    d.set('createdAt', input.now)
    d.set('text', new Y.Text(input.text ?? ''))
    d.set('evidence', new Y.Text(''))
    root.set(input.draftId, d)
  }, origin)
  return ok(input.draftId)
}

/** Moves a draft to another quadrant or bone (one field write). */
export function setDraftSlot(doc: Y.Doc, draftId: string, slot: string, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const d = yMap(draftsRoot(doc), draftId)
  if (!d) return err(invalid(`no draft "${draftId}"`))
  if (slot.length === 0 || slot.length > 64) return err(invalid('slot is malformed'))
  doc.transact(() => d.set('slot', slot), origin)
  return ok(undefined)
}

export function setDraftEvidenceLink(doc: Y.Doc, draftId: string, link: string | null, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const d = yMap(draftsRoot(doc), draftId)
  if (!d) return err(invalid(`no draft "${draftId}"`))
  if (link !== null && !isEvidenceLink(link)) return err(invalid('evidenceLink must be an http(s) URL'))
  doc.transact(() => (link === null ? d.delete('evidenceLink') : d.set('evidenceLink', link)), origin)
  return ok(undefined)
}

/** Deletes drafts by id (the member discarding one, or the server after copying them to the board). */
export function deleteDrafts(doc: Y.Doc, draftIds: readonly string[], origin: TransactionOrigin = ORIGINS.localUser): void {
  const root = draftsRoot(doc)
  const present = draftIds.filter((id) => root.has(id))
  if (present.length > 0) doc.transact(() => present.forEach((id) => root.delete(id)), origin)
}

/**
 * One round's drafts, oldest first, checked and bounded: malformed entries are skipped, long texts
 * cut, and at most `DRAFT_LIMITS.perRound` kept, so a hostile client cannot flood the board.
 */
export function readDrafts(doc: Y.Doc, roundId: string): readonly Draft[] {
  const out: Draft[] = []
  draftsRoot(doc).forEach((v, id) => {
    if (!(v instanceof Y.Map) || !ID_PATTERN.test(id)) return
    const d = v as Y.Map<unknown>
    const slot = str(d, 'slot')
    if (str(d, 'roundId') !== roundId || slot === undefined || slot.length === 0 || slot.length > 64) return
    const link = str(d, 'evidenceLink')
    out.push({
      id,
      roundId,
      slot,
      createdAt: num(d, 'createdAt') ?? 0,
      text: textOf(d, 'text').slice(0, DRAFT_LIMITS.text),
      evidence: textOf(d, 'evidence').slice(0, DRAFT_LIMITS.evidence),
      ...(link !== undefined && isEvidenceLink(link) && { evidenceLink: link }),
    })
  })
  out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
  return out.slice(0, DRAFT_LIMITS.perRound)
}

/** Drafts worth revealing: an empty one (added, never typed in) is dropped, not copied. */
export const hasContent = (d: Draft): boolean => d.text.trim() !== '' || d.evidence.trim() !== ''
