/**
 * SWOT boards in the board document (`boardRoot(doc,'swot')`: boardId → board): named mutations, one
 * transaction each, and accessors for the Y.Texts editors bind to. Every nested type is created with
 * its parent, never lazily, so two clients never race to create the same map. Read with ./swot-read.
 */
import * as Y from 'yjs'
import * as z from 'zod'
import { STAKEHOLDER_ROLE_IDS } from '../auth/roles'
import { SWOT_QUADRANTS, type SwotPair, type SwotQuadrant, SWOT_PAIRS } from '../content/swot-prompts'
import { err, ok, type Result } from '../result'
import { type BoardError, exists, invalid, notFound } from './board-errors'
import { byOrderThenId, keyAt } from './fractional-index'
import { ORIGINS, type TransactionOrigin } from './origin'
import { boardRoot } from './schema'
import { isEvidenceLink, oneOf, orderOf, replaceText, yMap, yText } from './yfields'

/** Where an item came from; stored as a plain JSON value and parsed on read (it is remote data). */
export const SwotSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rubric'), elementId: z.string().regex(/^[1-4][a-c][1-9]$/) }),
  z.object({ kind: z.literal('brainstorm') }),
  z.object({ kind: z.literal('group'), groupId: z.string().min(1).max(64), roles: z.array(z.enum(STAKEHOLDER_ROLE_IDS)).max(20) }),
])
export type SwotSource = z.infer<typeof SwotSource>

export const swotBoards = (doc: Y.Doc): Y.Map<unknown> => boardRoot(doc, 'swot')

export function swotBoardMap(doc: Y.Doc, boardId: string): Y.Map<unknown> | undefined {
  return yMap(swotBoards(doc), boardId)
}

export function swotItemMap(doc: Y.Doc, boardId: string, itemId: string): Y.Map<unknown> | undefined {
  const board = swotBoardMap(doc, boardId)
  const items = board && yMap(board, 'items')
  return items && yMap(items, itemId)
}

/** The Y.Text an editor binds to for an item's statement or its evidence. */
export function swotItemText(doc: Y.Doc, boardId: string, itemId: string, field: 'text' | 'evidence'): Y.Text | undefined {
  const item = swotItemMap(doc, boardId, itemId)
  return item && yText(item, field)
}

/** The shared notes under "What can be leveraged…" (S/O) or "What are the root causes?" (W/T). */
export function swotNotesText(doc: Y.Doc, boardId: string, pair: SwotPair): Y.Text | undefined {
  const board = swotBoardMap(doc, boardId)
  const notes = board && yMap(board, 'notes')
  return notes && yText(notes, pair)
}

export interface CreateSwotBoard {
  readonly boardId: string
  readonly title: string
  /** ms since epoch */
  readonly now: number
}

export function createSwotBoard(doc: Y.Doc, input: CreateSwotBoard, origin: TransactionOrigin = ORIGINS.localUser): Result<string, BoardError> {
  const boards = swotBoards(doc)
  if (boards.has(input.boardId)) return err(exists('swot-board', input.boardId))
  doc.transact(() => {
    const notes = new Y.Map<unknown>()
    for (const pair of SWOT_PAIRS) notes.set(pair, new Y.Text())
    const board = new Y.Map<unknown>()
    board.set('id', input.boardId)
    // a title is replaced as a whole (rename), so last-writer-wins is the intent, not a Y.Text
    board.set('title', input.title)
    board.set('createdAt', input.now)
    board.set('items', new Y.Map<unknown>())
    board.set('notes', notes)
    boards.set(input.boardId, board)
  }, origin)
  return ok(input.boardId)
}

export function renameSwotBoard(doc: Y.Doc, boardId: string, title: string, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const board = swotBoardMap(doc, boardId)
  if (!board) return err(notFound('swot-board', boardId))
  doc.transact(() => board.set('title', title), origin)
  return ok(undefined)
}

export function deleteSwotBoard(doc: Y.Doc, boardId: string, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  if (!swotBoardMap(doc, boardId)) return err(notFound('swot-board', boardId))
  doc.transact(() => swotBoards(doc).delete(boardId), origin)
  return ok(undefined)
}

/** Sibling keys in display order, leaving out `exceptId` (the item being moved). */
function quadrantKeys(items: Y.Map<unknown>, quadrant: SwotQuadrant, exceptId?: string): string[] {
  const rows: { id: string; order: string }[] = []
  items.forEach((v, id) => {
    if (id === exceptId || !(v instanceof Y.Map)) return
    const m = v as Y.Map<unknown>
    if (oneOf(m, 'quadrant', SWOT_QUADRANTS) === quadrant) rows.push({ id, order: orderOf(m) })
  })
  return rows.sort(byOrderThenId).map((r) => r.order)
}

export interface AddSwotItem {
  readonly boardId: string
  readonly itemId: string
  readonly quadrant: SwotQuadrant
  readonly text?: string
  readonly evidence?: string
  readonly evidenceLink?: string
  /** omitted in anonymous mode: then no author is stored anywhere in the item */
  readonly authorId?: string
  readonly source?: SwotSource
  /** position among the quadrant's items as displayed; default: last */
  readonly index?: number
  readonly now: number
}

export function addSwotItem(doc: Y.Doc, input: AddSwotItem, origin: TransactionOrigin = ORIGINS.localUser): Result<string, BoardError> {
  const board = swotBoardMap(doc, input.boardId)
  const items = board && yMap(board, 'items')
  if (!items) return err(notFound('swot-board', input.boardId))
  if (items.has(input.itemId)) return err(exists('swot-item', input.itemId))
  if (input.evidenceLink !== undefined && !isEvidenceLink(input.evidenceLink)) return err(invalid('evidenceLink must be an http(s) URL'))
  const source = input.source === undefined ? undefined : SwotSource.safeParse(input.source)
  if (source && !source.success) return err(invalid(`source: ${source.error.issues[0]?.message ?? 'invalid'}`))
  doc.transact(() => {
    const keys = quadrantKeys(items, input.quadrant)
    const item = new Y.Map<unknown>()
    item.set('id', input.itemId)
    item.set('quadrant', input.quadrant)
    item.set('order', keyAt(keys, input.index ?? keys.length))
    item.set('createdAt', input.now)
    item.set('text', new Y.Text(input.text ?? ''))
    item.set('evidence', new Y.Text(input.evidence ?? ''))
    if (input.evidenceLink !== undefined) item.set('evidenceLink', input.evidenceLink)
    if (input.authorId !== undefined) item.set('authorId', input.authorId)
    if (source?.success) item.set('source', source.data)
    // fishbone heads made from this item: a set, so two people linking at once both stick
    item.set('fishboneIds', new Y.Map<unknown>())
    items.set(input.itemId, item)
  }, origin)
  return ok(input.itemId)
}

export function deleteSwotItem(doc: Y.Doc, boardId: string, itemId: string, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const board = swotBoardMap(doc, boardId)
  const items = board && yMap(board, 'items')
  if (!items?.has(itemId)) return err(notFound('swot-item', itemId))
  doc.transact(() => items.delete(itemId), origin)
  return ok(undefined)
}

export interface MoveSwotItem {
  readonly boardId: string
  readonly itemId: string
  /** target quadrant; default: stay */
  readonly quadrant?: SwotQuadrant
  /** position among the target quadrant's other items; default: stay, or last when changing quadrant */
  readonly index?: number
}

/** A move writes `quadrant` and/or `order` only, so a concurrent text edit is never touched. */
export function moveSwotItem(doc: Y.Doc, input: MoveSwotItem, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const board = swotBoardMap(doc, input.boardId)
  const items = board && yMap(board, 'items')
  const item = items && yMap(items, input.itemId)
  if (!items || !item) return err(notFound('swot-item', input.itemId))
  const from = oneOf(item, 'quadrant', SWOT_QUADRANTS)
  const to = input.quadrant ?? from
  if (to === undefined) return err(invalid('item has no quadrant; pass one'))
  doc.transact(() => {
    if (to !== from) item.set('quadrant', to)
    if (input.index !== undefined || to !== from) {
      const keys = quadrantKeys(items, to, input.itemId)
      item.set('order', keyAt(keys, input.index ?? keys.length))
    }
  }, origin)
  return ok(undefined)
}

/** Replaces the evidence text wholesale (imports); people typing edit `swotItemText(…,'evidence')`. */
export function setSwotEvidence(doc: Y.Doc, boardId: string, itemId: string, evidence: string, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const text = swotItemText(doc, boardId, itemId, 'evidence')
  if (!text) return err(notFound('swot-item', itemId))
  doc.transact(() => replaceText(text, evidence), origin)
  return ok(undefined)
}

export function setSwotEvidenceLink(doc: Y.Doc, boardId: string, itemId: string, link: string | null, origin: TransactionOrigin = ORIGINS.localUser): Result<void, BoardError> {
  const item = swotItemMap(doc, boardId, itemId)
  if (!item) return err(notFound('swot-item', itemId))
  if (link !== null && !isEvidenceLink(link)) return err(invalid('evidenceLink must be an http(s) URL'))
  doc.transact(() => (link === null ? item.delete('evidenceLink') : item.set('evidenceLink', link)), origin)
  return ok(undefined)
}
