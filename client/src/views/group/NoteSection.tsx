/** One section of a group board (e.g. "Challenges"): its notes and a form to add one. */
import { useId, useState } from 'react'
import type * as Y from 'yjs'
import { keyBetween } from '../../../../shared/doc/fractional-index'
import { useWorkspace } from '../../workspace/context'
import { useFacilitation } from '../../facilitation/context'
import { addNote, type GroupNote, type NoteSectionId } from './notes'
import { NoteCard } from './NoteCard'
import { newId } from '../../../../shared/ids'

interface Props {
  readonly doc: Y.Doc
  readonly section: { readonly id: NoteSectionId; readonly title: string; readonly hint: string }
  readonly notes: readonly GroupNote[]
  readonly canWrite: boolean
  readonly groupId: string
  readonly groupName: string
  onStatus(message: string): void
}

export function NoteSection({ doc, section, notes, canWrite, groupId, groupName, onStatus }: Props) {
  const { me } = useWorkspace()
  const { control } = useFacilitation()
  const [draft, setDraft] = useState('')
  const id = useId()
  const add = () => {
    const text = draft.trim()
    if (!text) return
    // anonymous sessions keep only the writer's role, never who they are
    const author = control.anonymity === 'anonymous' ? {} : { authorId: me.id }
    addNote(doc, { id: newId(), section: section.id, text, role: me.stakeholderRole, ...author, order: keyBetween(notes.at(-1)?.order ?? null, null) })
    setDraft('')
    onStatus(`Note added to ${section.title}.`)
  }
  return (
    <section className="note-section" aria-labelledby={`${id}-h`} data-testid="note-section" data-section={section.id}>
      <h4 id={`${id}-h`}>{section.title}</h4>
      {section.hint && <p className="hint small">{section.hint}</p>}
      {notes.length === 0 && <p className="empty small">{canWrite ? 'Nothing yet: add the first note below.' : 'Nothing yet.'}</p>}
      <ul className="plain-list">
        {notes.map((n) => (
          <NoteCard key={n.id} doc={doc} note={n} sectionTitle={section.title} canWrite={canWrite} groupId={groupId} groupName={groupName} onStatus={onStatus} />
        ))}
      </ul>
      {canWrite && (
        <form className="add-note" onSubmit={(e) => (e.preventDefault(), add())}>
          <label htmlFor={`${id}-new`} className="visually-hidden">New note in {section.title}</label>
          <textarea id={`${id}-new`} rows={2} value={draft} placeholder={`Add to ${section.title.toLowerCase()}…`} onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return
              e.preventDefault()
              add()
            }} />
          <button type="submit" disabled={!draft.trim()}>Add note</button>
        </form>
      )}
    </section>
  )
}
