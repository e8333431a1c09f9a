/**
 * SWOT boards as plain readonly data (the one place SWOT Y types become values). Malformed entries
 * from remote clients are skipped or defaulted, never thrown on; `needsEvidence` is derived here.
 */
import * as Y from 'yjs'
import { SWOT_QUADRANTS, type SwotQuadrant } from '../content/swot-prompts'
import { byOrderThenId } from './fractional-index'
import { SwotSource, swotBoards } from './swot'
import { num, oneOf, orderOf, setKeys, str, textOf, yMap } from './yfields'

export interface SwotItem {
  readonly id: string
  readonly boardId: string
  readonly quadrant: SwotQuadrant
  readonly order: string
  readonly createdAt: number
  readonly text: string
  readonly evidence: string
  readonly evidenceLink?: string
  readonly authorId?: string
  readonly source?: SwotSource
  /** fishbones whose head was made from this item */
  readonly fishboneIds: readonly string[]
  /** neither evidence text nor a link: shown as "Needs evidence", filterable by facilitators */
  readonly needsEvidence: boolean
}

export interface SwotBoard {
  readonly id: string
  readonly title: string
  readonly createdAt: number
  /** each quadrant's items in display order */
  readonly quadrants: Readonly<Record<SwotQuadrant, readonly SwotItem[]>>
  readonly notes: { readonly leverage: string; readonly rootCauses: string }
}

export interface SwotState {
  /** oldest first */
  readonly boards: readonly SwotBoard[]
}

export const needsEvidence = (evidence: string, link: string | undefined): boolean => evidence.trim() === '' && !link

function readItem(boardId: string, id: string, m: Y.Map<unknown>): SwotItem | undefined {
  const quadrant = oneOf(m, 'quadrant', SWOT_QUADRANTS)
  if (quadrant === undefined) return undefined
  const evidence = textOf(m, 'evidence')
  const evidenceLink = str(m, 'evidenceLink')
  const authorId = str(m, 'authorId')
  const source = SwotSource.safeParse(m.get('source'))
  return {
    id,
    boardId,
    quadrant,
    order: orderOf(m),
    createdAt: num(m, 'createdAt') ?? 0,
    text: textOf(m, 'text'),
    evidence,
    ...(evidenceLink !== undefined && { evidenceLink }),
    ...(authorId !== undefined && { authorId }),
    ...(source.success && { source: source.data }),
    fishboneIds: setKeys(m, 'fishboneIds'),
    needsEvidence: needsEvidence(evidence, evidenceLink),
  }
}

export function readSwotBoard(id: string, board: Y.Map<unknown>): SwotBoard {
  const quadrants: Record<SwotQuadrant, SwotItem[]> = { strengths: [], weaknesses: [], opportunities: [], threats: [] }
  yMap(board, 'items')?.forEach((v, itemId) => {
    const item = v instanceof Y.Map ? readItem(id, itemId, v as Y.Map<unknown>) : undefined
    if (item) quadrants[item.quadrant].push(item)
  })
  for (const q of SWOT_QUADRANTS) quadrants[q].sort(byOrderThenId)
  const notes = yMap(board, 'notes')
  return {
    id,
    title: str(board, 'title') ?? '',
    createdAt: num(board, 'createdAt') ?? 0,
    quadrants,
    notes: { leverage: notes ? textOf(notes, 'leverage') : '', rootCauses: notes ? textOf(notes, 'rootCauses') : '' },
  }
}

export function readSwot(doc: Y.Doc): SwotState {
  const boards: SwotBoard[] = []
  swotBoards(doc).forEach((v, id) => {
    if (v instanceof Y.Map) boards.push(readSwotBoard(id, v as Y.Map<unknown>))
  })
  boards.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
  return { boards }
}

/** Every item of every board, for lookups by id (links from fishbones and 5 Whys). */
export function swotItemsById(state: SwotState): ReadonlyMap<string, SwotItem> {
  const out = new Map<string, SwotItem>()
  for (const b of state.boards) for (const q of SWOT_QUADRANTS) for (const item of b.quadrants[q]) out.set(item.id, item)
  return out
}
