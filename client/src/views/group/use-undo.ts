/** Undo for this person's own changes to part of a document (Y.UndoManager on the local-user origin). */
import { useEffect, useState } from 'react'
import * as Y from 'yjs'
import { ORIGINS } from '../../../../shared/doc/origin'

export interface Undo {
  readonly canUndo: boolean
  undo(): void
}

export function useUndo(scope: Y.Map<unknown>): Undo {
  const [manager, setManager] = useState<Y.UndoManager>()
  const [canUndo, setCanUndo] = useState(false)
  useEffect(() => {
    const um = new Y.UndoManager(scope, { trackedOrigins: new Set([ORIGINS.localUser]), captureTimeout: 500 })
    const update = () => setCanUndo(um.undoStack.length > 0)
    um.on('stack-item-added', update)
    um.on('stack-item-popped', update)
    setManager(um)
    return () => {
      um.destroy()
      setManager(undefined)
      setCanUndo(false)
    }
  }, [scope])
  return { canUndo, undo: () => void manager?.undo() }
}
