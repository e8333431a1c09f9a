/**
 * Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z or Ctrl/Cmd+Y redoes through a shared-document undo manager,
 * for fields whose native undo would only know this browser's keystrokes.
 */
import type { KeyboardEvent } from 'react'

export interface UndoRedo {
  undo(): void
  redo(): void
}

type Keys = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>

/** Which history step a key press asks for, if any. */
export function undoKeyAction(e: Keys): keyof UndoRedo | null {
  if (!(e.ctrlKey || e.metaKey)) return null
  const key = e.key.toLowerCase()
  if (key === 'y' || (key === 'z' && e.shiftKey)) return 'redo'
  return key === 'z' ? 'undo' : null
}

/** A keydown handler that routes the undo keys to `history` and keeps the browser's own undo out. */
export const undoKeys =
  (history: UndoRedo) =>
  (e: KeyboardEvent): void => {
    const action = undoKeyAction(e)
    if (!action) return
    e.preventDefault()
    history[action]()
  }
