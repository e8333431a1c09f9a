/**
 * The one undo for every editing board: a Y.UndoManager over `scopes` that tracks only this
 * person's own changes (origin local-user), so Ctrl+Z never undoes a colleague's edit. Typing
 * merges into one step per pause; `stopCapturing()` ends a step so an add, move or delete is never
 * merged with typing around it (`separateNonText` does that automatically). `onKeyDown` handles
 * Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y; put it on the board's container.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import * as Y from 'yjs'
import { ORIGINS } from '../../../shared/doc/origin'
import { undoKeyAction } from './undo-keys'

export interface Undo {
  readonly canUndo: boolean
  readonly canRedo: boolean
  undo(): void
  redo(): void
  stopCapturing(): void
  /** the undo keys, for the board's container (React or DOM event); ignored while `enabled` is false */
  onKeyDown(e: UndoKeyEvent): void
}

/** What the key handler reads: both React's and the DOM's keyboard events fit. */
export interface UndoKeyEvent {
  readonly key: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly shiftKey: boolean
  readonly altKey: boolean
  readonly target: EventTarget | null
  preventDefault(): void
}

/** Plain form fields keep the browser's own undo; shared texts (data-ytext) and everything else use ours. */
const hasNativeUndo = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && target.matches('input:not([type=radio]):not([type=checkbox]), textarea') && !target.hasAttribute('data-ytext')

export interface UndoOptions {
  /** false while the board is read-only: the keys and buttons do nothing */
  readonly enabled?: boolean
  /** ms of pause that ends a typing step (Yjs default 500) */
  readonly captureTimeout?: number
  /** end the step around every change that is not pure typing (adds, tags, moves, deletes) */
  readonly separateNonText?: boolean
  /** told "Undone." / "Redone." after a key press, for the board's live region */
  readonly announce?: (message: string) => void
}

/** the shared types an undo manager may track */
type Scope = Y.Map<unknown> | Y.Array<unknown> | Y.Text

const isTypingOnly = (tr: Y.Transaction): boolean => [...tr.changed.keys()].every((type) => type instanceof Y.Text)

/** Made outside React so tests can drive it; `dispose` removes every listener. */
export function createUndoManager(scopes: readonly Scope[], options: UndoOptions = {}): { manager: Y.UndoManager; dispose: () => void } {
  const doc = scopes[0]?.doc
  let manager: Y.UndoManager | undefined
  const cut = (tr: Y.Transaction) => {
    if (tr.origin === ORIGINS.localUser && !isTypingOnly(tr)) manager?.stopCapturing()
  }
  // one listener before the manager's (a change never joins the typing before it), one after
  // (typing never joins it): two functions, because the document keeps listeners in a Set
  const before = (tr: Y.Transaction) => cut(tr)
  const after = (tr: Y.Transaction) => cut(tr)
  const separate = options.separateNonText === true && doc !== null && doc !== undefined
  if (separate) doc.on('afterTransaction', before)
  manager = new Y.UndoManager([...scopes], { trackedOrigins: new Set([ORIGINS.localUser]), captureTimeout: options.captureTimeout ?? 600 })
  if (separate) doc.on('afterTransaction', after)
  const m = manager
  return {
    manager: m,
    dispose: () => {
      if (separate) {
        doc.off('afterTransaction', before)
        doc.off('afterTransaction', after)
      }
      m.destroy()
    },
  }
}

const sameScopes = (a: readonly Scope[], b: readonly Scope[]): boolean => a.length === b.length && a.every((t, i) => t === b[i])

export function useUndo(scopes: readonly Scope[], options: UndoOptions = {}): Undo {
  const enabled = options.enabled ?? true
  const { captureTimeout, separateNonText, announce } = options
  const [manager, setManager] = useState<Y.UndoManager>()
  const [state, setState] = useState({ canUndo: false, canRedo: false })
  // callers pass a fresh array each render: keep the one we hold while it names the same types
  const [key, setKey] = useState(scopes)
  if (!sameScopes(key, scopes)) setKey(scopes)
  // made in the effect (not in render) so StrictMode's mount–unmount–mount never keeps a destroyed one
  useEffect(() => {
    const { manager: m, dispose } = createUndoManager(key, { captureTimeout, separateNonText })
    const refresh = () => setState({ canUndo: m.canUndo(), canRedo: m.canRedo() })
    const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const
    events.forEach((e) => m.on(e, refresh))
    setManager(m)
    refresh()
    return () => {
      events.forEach((e) => m.off(e, refresh))
      dispose()
      setManager(undefined)
    }
  }, [key, captureTimeout, separateNonText])
  const undo = useCallback(() => void (enabled && manager?.undo()), [manager, enabled])
  const redo = useCallback(() => void (enabled && manager?.redo()), [manager, enabled])
  const stopCapturing = useCallback(() => manager?.stopCapturing(), [manager])
  const onKeyDown = useCallback(
    (e: UndoKeyEvent) => {
      if (!enabled || e.altKey || hasNativeUndo(e.target)) return
      const action = undoKeyAction(e)
      if (!action) return
      e.preventDefault()
      if (action === 'undo') undo()
      else redo()
      announce?.(action === 'undo' ? 'Undone.' : 'Redone.')
    },
    [enabled, undo, redo, announce],
  )
  return useMemo(
    () => ({ canUndo: enabled && state.canUndo, canRedo: enabled && state.canRedo, undo, redo, stopCapturing, onKeyDown }),
    [enabled, state, undo, redo, stopCapturing, onKeyDown],
  )
}
