/**
 * One breakout group's board: who is in it, the session timer, the facilitator's pinned questions,
 * the group's output (central themes → challenges → recommendations, seed 004) and a SWOT-lite.
 */
import { useAnnounce } from '../../facilitation/announcer'
import type * as Y from 'yjs'
import { useWorkspace } from '../../workspace/context'
import { ROOTS } from '../../../../shared/doc/schema'
import { useUndo } from '../../ui/use-undo'
import { useDocRead } from '../../workspace/use-doc-read'
import { roleLabel } from '../../../../shared/auth/roles'
import { TimerBadge } from '../../facilitation/TimerBadge'
import { NOTE_SECTIONS, notesRoot, readNotes } from './notes'
import { NoteSection } from './NoteSection'

interface Props {
  readonly doc: Y.Doc
  readonly groupId: string
  readonly name: string
  readonly memberIds: readonly string[]
  readonly canWrite: boolean
}

export function GroupBoard({ doc, groupId, name, memberIds, canWrite }: Props) {
  const { members } = useWorkspace()
  const setStatus = useAnnounce()
  const notes = useDocRead(doc, readNotes, { roots: [ROOTS.board.notes] })
  const undo = useUndo([notesRoot(doc)], { enabled: canWrite, announce: setStatus })
  const people = memberIds.map((id) => members.find((m) => m.id === id)).filter((m) => m !== undefined)
  const area = (which: 'output' | 'swot') => NOTE_SECTIONS.filter((s) => s.area === which)

  return (
    <div className="group-board" data-testid="group-board" data-group-id={groupId} onKeyDown={undo.onKeyDown}>
      <header className="group-header">
        <div>
          <h2>{name}</h2>
          <p className="small muted">
            {people.length === 0 ? 'Nobody is assigned to this group.' : people.map((m) => `${m.displayName} (${roleLabel(m.stakeholderRole)})`).join(' · ')}
          </p>
        </div>
        <TimerBadge compact />
        {canWrite && (
          <span className="row">
            <button type="button" disabled={!undo.canUndo} onClick={() => (undo.undo(), setStatus('Undone.'))} aria-keyshortcuts="Control+Z Meta+Z">
              Undo my last change
            </button>
            <button type="button" disabled={!undo.canRedo} onClick={() => (undo.redo(), setStatus('Redone.'))} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
              Redo
            </button>
          </span>
        )}
      </header>
      <h3 className="area-heading">Group output</h3>
      <div className="note-sections output">
        {area('output').map((s) => (
          <NoteSection key={s.id} doc={doc} section={s} notes={notes.filter((n) => n.section === s.id)} canWrite={canWrite} groupId={groupId} groupName={name} onStatus={setStatus} />
        ))}
      </div>
      <h3 className="area-heading">SWOT</h3>
      <div className="note-sections swot">
        {area('swot').map((s) => (
          <NoteSection key={s.id} doc={doc} section={s} notes={notes.filter((n) => n.section === s.id)} canWrite={canWrite} groupId={groupId} groupName={name} onStatus={setStatus} />
        ))}
      </div>
    </div>
  )
}
