/** React glue for the fishbone view: the board state it reads, its undo scopes, live announcements, focus requests. */
import { useCallback, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { fishbones } from '../../../../shared/doc/fishbone'
import { ROOTS } from '../../../../shared/doc/schema'
import { swotBoards } from '../../../../shared/doc/swot'
import { readFishbones, type FishboneState } from '../../../../shared/doc/fishbone-read'
import { readSwot, type SwotState } from '../../../../shared/doc/swot-read'
import { readWhys, whysChains, type WhysChain } from '../../../../shared/doc/whys'
import { useDocRead } from '../../workspace/use-doc-read'
import { useStatusLine } from '../../facilitation/use-status-line'

export interface BoardState {
  readonly fishbones: FishboneState
  readonly whys: readonly WhysChain[]
  readonly swot: SwotState
}

const readBoard = (doc: Y.Doc): BoardState => ({ fishbones: readFishbones(doc), whys: readWhys(doc).chains, swot: readSwot(doc) })
const ROOTS_READ = [ROOTS.board.fishbone, ROOTS.board.whys, ROOTS.board.swot]

/** Fishbones, 5 Whys and SWOT (heads link to SWOT items); re-read only when one of those changes. */
export function useBoardState(doc: Y.Doc): BoardState {
  return useDocRead(doc, readBoard, { roots: ROOTS_READ })
}

/** Undo covers SWOT items too: they link back to fishbones made from them. */
export const fishboneUndoScopes = (doc: Y.Doc) => [fishbones(doc), whysChains(doc), swotBoards(doc)]

/** The fishbone's status line beside the undo buttons, spoken by the workspace announcer. */
export const useAnnouncer = useStatusLine

/** Focus an element by DOM id once the next render has put it on the page. */
export function useFocusRequest(): (domId: string) => void {
  const [request, setRequest] = useState<{ id: string; n: number }>()
  useEffect(() => {
    if (request) document.getElementById(request.id)?.focus()
  }, [request])
  return useCallback((id: string) => setRequest((r) => ({ id, n: (r?.n ?? 0) + 1 })), [])
}
