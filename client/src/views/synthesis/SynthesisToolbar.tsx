/** Add a topic row or a role's perspective column; undo this person's last synthesis change. */
import { useId, useState } from 'react'
import { STAKEHOLDER_ROLES, STAKEHOLDER_ROLE_IDS } from '../../../../shared/auth/roles'
import type { SynthesisBoard } from '../../../../shared/doc/synthesis'
import { useWorkspace } from '../../workspace/context'
import { roleLabel } from '../../../../shared/auth/roles'
import type { Undo } from '../../ui/use-undo'
import { ensurePerspective, newTopic } from '../../../../shared/doc/synthesis-moves'

export function SynthesisToolbar({ board, undo, onStatus }: { board: SynthesisBoard; undo: Undo; onStatus(message: string): void }) {
  const { connection } = useWorkspace()
  const doc = connection.board.doc
  const [title, setTitle] = useState('')
  const missing = STAKEHOLDER_ROLE_IDS.filter((r) => !board.perspectives.some((p) => p.role === r))
  const [role, setRole] = useState<string>(missing[0] ?? '')
  const id = useId()
  const chosenRole = missing.find((r) => r === role) ?? missing[0] ?? ''
  return (
    <div className="synthesis-toolbar">
      <form className="row" onSubmit={(e) => {
        e.preventDefault()
        if (!title.trim()) return
        newTopic(doc, board, title.trim())
        onStatus(`Added topic “${title.trim()}”.`)
        setTitle('')
      }}>
        <label htmlFor={`${id}-topic`}>New topic</label>
        <input id={`${id}-topic`} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} style={{ width: '16rem' }} />
        <button type="submit" disabled={!title.trim()}>Add topic</button>
      </form>
      {missing.length > 0 && (
        <form className="row" onSubmit={(e) => {
          e.preventDefault()
          ensurePerspective(doc, board, chosenRole)
          onStatus(`Added a column for the ${roleLabel(chosenRole)} perspective.`)
        }}>
          <label htmlFor={`${id}-role`}>Perspective column for</label>
          <select id={`${id}-role`} value={chosenRole} onChange={(e) => setRole(e.target.value)} style={{ width: 'auto' }}>
            {missing.map((r) => (
              <option key={r} value={r}>{STAKEHOLDER_ROLES[r]}</option>
            ))}
          </select>
          <button type="submit">Add column</button>
        </form>
      )}
      <button type="button" disabled={!undo.canUndo} onClick={() => (undo.undo(), onStatus('Undone.'))} aria-keyshortcuts="Control+Z Meta+Z">Undo my last change</button>
      <button type="button" disabled={!undo.canRedo} onClick={() => (undo.redo(), onStatus('Redone.'))} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">Redo</button>
    </div>
  )
}
