/**
 * Undo for this person's own SWOT edits: a Y.UndoManager over the SWOT boards (and the fishbones a
 * "Find root causes" creates, so undoing that removes the diagram too), tracking only the
 * local-user origin — someone else's edits are never undone from here.
 */
import { useEffect, useMemo, useState } from 'react'
import * as Y from 'yjs'
import { fishbones } from '../../../../shared/doc/fishbone'
import { ORIGINS } from '../../../../shared/doc/origin'
import { swotBoards } from '../../../../shared/doc/swot'

export interface Undo {
  readonly canUndo: boolean
  readonly canRedo: boolean
  undo(): void
  redo(): void
  /** ends the current capture group, so the next edit is a separate undo step */
  stop(): void
}

export function useUndo(doc: Y.Doc): Undo {
  // made in the effect (not a memo) so StrictMode's mount–unmount–mount never keeps a destroyed one
  const [manager, setManager] = useState<Y.UndoManager>()
  const [state, setState] = useState({ canUndo: false, canRedo: false })
  useEffect(() => {
    const m = new Y.UndoManager([swotBoards(doc), fishbones(doc)], { trackedOrigins: new Set([ORIGINS.localUser]) })
    const refresh = () => setState({ canUndo: m.canUndo(), canRedo: m.canRedo() })
    m.on('stack-item-added', refresh)
    m.on('stack-item-popped', refresh)
    m.on('stack-cleared', refresh)
    setManager(m)
    refresh()
    return () => {
      m.destroy()
      setManager(undefined)
    }
  }, [doc])
  return useMemo(
    () => ({ ...state, undo: () => void manager?.undo(), redo: () => void manager?.redo(), stop: () => manager?.stopCapturing() }),
    [state, manager],
  )
}
