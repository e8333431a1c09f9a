/** Undo / redo of this person's own plan edits (also Ctrl+Z / Ctrl+Shift+Z), and who can edit. */
import type { Undo } from '../../ui/use-undo'

export function UndoBar({ undo, readOnly }: { undo: Undo; readOnly: boolean }) {
  if (readOnly) return <p className="badge">Read-only for you</p>
  return (
    <div className="undo-bar" role="group" aria-label="Undo your plan edits">
      <button type="button" id="plan-undo" onClick={undo.undo} disabled={!undo.canUndo} aria-keyshortcuts="Control+Z">
        ↶ Undo
      </button>
      <button type="button" onClick={undo.redo} disabled={!undo.canRedo} aria-keyshortcuts="Control+Shift+Z">
        ↷ Redo
      </button>
      <span className="small muted">Undo takes back only your own edits; everyone’s changes save as they type.</span>
    </div>
  )
}
