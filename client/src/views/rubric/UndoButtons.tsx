/** Undo and redo buttons for one section; they undo only this person's own changes. */
import type { Undo } from '../../ui/use-undo'

export function UndoButtons({ undo, what }: { undo: Undo; what: string }) {
  return (
    <span className="row rb-undo">
      <button type="button" onClick={() => undo.undo()} disabled={!undo.canUndo} aria-label={`Undo my last change to ${what}`}>
        ↶ Undo
      </button>
      <button type="button" onClick={() => undo.redo()} disabled={!undo.canRedo} aria-label={`Redo my last undone change to ${what}`}>
        ↷ Redo
      </button>
    </span>
  )
}
