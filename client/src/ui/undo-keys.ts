/** Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z or Ctrl/Cmd+Y redoes (read by ui/use-undo.ts). */
import type { KeyboardEvent } from 'react'

type Keys = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>

/** Which history step a key press asks for, if any. */
export function undoKeyAction(e: Keys): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey)) return null
  const key = e.key.toLowerCase()
  if (key === 'y' || (key === 'z' && e.shiftKey)) return 'redo'
  return key === 'z' ? 'undo' : null
}
