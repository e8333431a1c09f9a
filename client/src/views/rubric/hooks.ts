/**
 * Small React bindings the rubric views share: the live string of one Y.Text, and an undo manager
 * scoped to one part of a document that only undoes this person's own changes (origin local-user).
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import * as Y from 'yjs'
import { ORIGINS } from '../../../../shared/doc/origin'

/** The text's current value; re-renders only when this text changes. */
export function useYText(text: Y.Text): string {
  return useSyncExternalStore(
    (onChange) => {
      text.observe(onChange)
      return () => text.unobserve(onChange)
    },
    () => text.toString(),
  )
}

export interface Undo {
  readonly canUndo: boolean
  readonly canRedo: boolean
  undo(): void
  redo(): void
}

/** Undo/redo of the local person's edits within `scope` (others' edits are never undone). */
export function useUndo(scope: Y.Map<unknown>): Undo {
  const [manager, setManager] = useState<Y.UndoManager>()
  const [state, setState] = useState({ canUndo: false, canRedo: false })
  // created in the effect (not in render) so StrictMode's mount–unmount–mount never leaves a destroyed manager in use
  useEffect(() => {
    const m = new Y.UndoManager(scope, { trackedOrigins: new Set([ORIGINS.localUser]), captureTimeout: 600 })
    const update = () => setState({ canUndo: m.canUndo(), canRedo: m.canRedo() })
    m.on('stack-item-added', update)
    m.on('stack-item-popped', update)
    m.on('stack-cleared', update)
    setManager(m)
    update()
    return () => m.destroy()
  }, [scope])
  return useMemo(() => ({ ...state, undo: () => manager?.undo(), redo: () => manager?.redo() }), [state, manager])
}
