/**
 * Undo and redo for this person's own plan edits: a Y.UndoManager over the plan root that tracks
 * only `local-user` transactions, so undo never takes back what someone else typed.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import * as Y from 'yjs'
import { ORIGINS } from '../../../../shared/doc/origin'
import { boardRoot } from '../../../../shared/doc/schema'

export interface UndoControls {
  readonly canUndo: boolean
  readonly canRedo: boolean
  undo(): void
  redo(): void
  /** ends the current undo step, so an add, move or delete is never merged with typing around it */
  stopCapturing(): void
}

export function useUndo(doc: Y.Doc): UndoControls {
  const [manager, setManager] = useState<Y.UndoManager>()
  useEffect(() => {
    const m = new Y.UndoManager(boardRoot(doc, 'plan'), { trackedOrigins: new Set([ORIGINS.localUser]), captureTimeout: 600 })
    setManager(m)
    return () => m.destroy()
  }, [doc])
  const state = useSyncExternalStore(
    (listener) => {
      if (!manager) return () => undefined
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const
      for (const e of events) manager.on(e, listener)
      return () => events.forEach((e) => manager.off(e, listener))
    },
    () => (manager ? `${manager.canUndo()}|${manager.canRedo()}` : 'false|false'),
  )
  const [canUndo, canRedo] = state.split('|').map((s) => s === 'true')
  const undo = useCallback(() => void manager?.undo(), [manager])
  const redo = useCallback(() => void manager?.redo(), [manager])
  const stopCapturing = useCallback(() => manager?.stopCapturing(), [manager])
  return { canUndo: canUndo ?? false, canRedo: canRedo ?? false, undo, redo, stopCapturing }
}
