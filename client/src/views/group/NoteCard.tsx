/** A group note: editable text (shared typing), its author's role, delete (undoable), promote to synthesis. */
import { useState } from 'react'
import type * as Y from 'yjs'
import { YTextField } from '../../ui/YTextField'
import { roleLabel } from '../../../../shared/auth/roles'
import { noteText, removeNote, type GroupNote } from './notes'
import { PromoteForm } from './PromoteForm'

interface Props {
  readonly doc: Y.Doc
  readonly note: GroupNote
  readonly sectionTitle: string
  readonly canWrite: boolean
  readonly groupId: string
  readonly groupName: string
  onStatus(message: string): void
}

export function NoteCard({ doc, note, sectionTitle, canWrite, groupId, groupName, onStatus }: Props) {
  const [promoting, setPromoting] = useState(false)
  const text = noteText(doc, note.id)
  // promoting marks the note in this group's document, so only those who may write it promote
  // (observers, and visitors from other groups on the gallery walk, read only)
  const canPromote = canWrite
  return (
    <li className="note-card note" data-testid="group-note">
      {canWrite && text ? (
        <YTextField text={text} multiline rows={2} label={`Note in ${sectionTitle} by a ${roleLabel(note.role)}`} />
      ) : (
        <p className="note-text">{note.text}</p>
      )}
      <p className="small muted">
        {roleLabel(note.role)}
        {note.promotedTo && <strong> · ✓ in the synthesis</strong>}
      </p>
      <div className="row wrap">
        {canWrite && (
          <button type="button" className="small" onClick={() => (removeNote(doc, note.id), onStatus('Note deleted. Use “Undo my last change” to bring it back.'))}>
            Delete note
          </button>
        )}
        {canPromote && !promoting && (
          <button type="button" className="small" onClick={() => setPromoting(true)}>
            {note.promotedTo ? 'Promote again' : 'Promote to synthesis'}
          </button>
        )}
      </div>
      {promoting && (
        <PromoteForm groupDoc={doc} note={note} groupId={groupId} groupName={groupName}
          onDone={(message) => {
            setPromoting(false)
            if (message) onStatus(message)
          }} />
      )}
    </li>
  )
}
