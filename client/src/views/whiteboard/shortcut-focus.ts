/**
 * tldraw listens for its single-key shortcuts on the whole page while the editor counts as focused,
 * and it stays "focused" after focus moves to the board nav. This keeps the editor's focus equal to
 * DOM focus inside the whiteboard, so `r` on a link outside the canvas is just a key (WCAG 2.1.4).
 */
import type { Editor } from 'tldraw'

export function bindShortcutsToFocus(editor: Editor): () => void {
  const container = editor.getContainer()
  const inside = (target: EventTarget | null): boolean => target instanceof Node && container.contains(target)
  const sync = (target: EventTarget | null) => {
    // never move DOM focus ourselves: only tell the editor where the person already is
    if (inside(target)) editor.focus({ focusContainer: false })
    else editor.blur({ blurContainer: false })
  }
  const onFocusIn = (e: FocusEvent) => sync(e.target)
  const onPointerDown = (e: PointerEvent) => {
    if (inside(e.target)) editor.focus({ focusContainer: false })
  }
  const doc = container.ownerDocument
  doc.addEventListener('focusin', onFocusIn)
  doc.addEventListener('pointerdown', onPointerDown, true)
  if (!inside(doc.activeElement)) editor.blur({ blurContainer: false })
  return () => {
    doc.removeEventListener('focusin', onFocusIn)
    doc.removeEventListener('pointerdown', onPointerDown, true)
  }
}
