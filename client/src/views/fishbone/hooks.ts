/** React glue for the fishbone view: board state read on every change, undo scoped to this person, live announcements. */
import { useCallback, useEffect, useMemo, useState } from 'react'
import * as Y from 'yjs'
import { readControl } from '../../../../shared/doc/control'
import { readFishbones, type FishboneState } from '../../../../shared/doc/fishbone-read'
import { readSwot, type SwotState } from '../../../../shared/doc/swot-read'
import { readWhys, type WhysChain } from '../../../../shared/doc/whys'
import type { ControlState } from '../../../../shared/domain/facilitation/control-state'
import { useDocVersion } from '../../workspace/hooks'
import { createFishboneUndo } from './undo'

export interface BoardState {
  readonly fishbones: FishboneState
  readonly whys: readonly WhysChain[]
  readonly swot: SwotState
}

export function useBoardState(doc: Y.Doc): BoardState {
  const version = useDocVersion(doc)
  return useMemo(() => ({ fishbones: readFishbones(doc), whys: readWhys(doc).chains, swot: readSwot(doc) }), [doc, version])
}

export function useControlState(doc: Y.Doc): ControlState {
  const version = useDocVersion(doc)
  return useMemo(() => readControl(doc), [doc, version])
}

export interface Undo {
  readonly undo: () => void
  readonly redo: () => void
  readonly canUndo: boolean
  readonly canRedo: boolean
}

/** Undo over fishbones and 5 Whys, tracking only this person's own changes (never a colleague's). */
export function useUndo(doc: Y.Doc): Undo {
  const [manager, setManager] = useState<Y.UndoManager>()
  const [counts, setCounts] = useState({ undo: 0, redo: 0 })
  // created in the effect so StrictMode's mount-unmount-mount never leaves a destroyed manager behind
  useEffect(() => {
    const { manager: m, dispose } = createFishboneUndo(doc)
    const update = () => setCounts({ undo: m.undoStack.length, redo: m.redoStack.length })
    const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const
    events.forEach((e) => m.on(e, update))
    setManager(m)
    return () => {
      events.forEach((e) => m.off(e, update))
      dispose()
    }
  }, [doc])
  return {
    undo: useCallback(() => void manager?.undo(), [manager]),
    redo: useCallback(() => void manager?.redo(), [manager]),
    canUndo: counts.undo > 0,
    canRedo: counts.redo > 0,
  }
}

/** A message for the polite live region; repeating the same message still announces it. */
export function useAnnouncer(): [string, (message: string) => void] {
  const [state, setState] = useState({ message: '', n: 0 })
  const announce = useCallback((message: string) => setState((s) => ({ message, n: s.n + 1 })), [])
  // a zero-width space toggles so screen readers see a change even when the words repeat
  return [state.message + (state.n % 2 === 0 ? '' : '\u200b'), announce]
}


/** Focus an element by DOM id once the next render has put it on the page. */
export function useFocusRequest(): (domId: string) => void {
  const [request, setRequest] = useState<{ id: string; n: number }>()
  useEffect(() => {
    if (request) document.getElementById(request.id)?.focus()
  }, [request])
  return useCallback((id: string) => setRequest((r) => ({ id, n: (r?.n ?? 0) + 1 })), [])
}
