/**
 * The gallery walk: everyone visits every group's board of the last round, read-only, and leaves
 * comments or a dot. Comments and dots live in the `board` document (shared/doc/gallery.ts), which
 * every participant may write; the group documents stay writable by their members only. The
 * facilitator sees who is at which board.
 */
import './group.css'
import { useCallback, useId, useState } from 'react'
import { useAnnounce } from '../../facilitation/announcer'
import type * as Y from 'yjs'
import { addGalleryComment, readGallery, toggleGalleryDot } from '../../../../shared/doc/gallery'
import { ROOTS } from '../../../../shared/doc/schema'
import { newId } from '../../../../shared/ids'
import { useBoardAccess } from '../../facilitation/use-board-access'
import { useFacilitation } from '../../facilitation/context'
import { useWorkspace } from '../../workspace/context'
import { useDocRead } from '../../workspace/use-doc-read'
import { GroupDocument } from './GroupDocument'
import { useGalleryVisitors, usePublishGalleryGroup } from './use-gallery-presence'

export default function GalleryView() {
  const { connection, me, members } = useWorkspace()
  const { control } = useFacilitation()
  const doc = connection.board.doc
  const gallery = useDocRead(doc, readGallery, { roots: [ROOTS.board.gallery] })
  const canWrite = useBoardAccess('gallery').canWrite
  const groups = control.breakout?.groups ?? []
  const [chosen, setChosen] = useState<string>()
  const current = groups.find((g) => g.id === chosen) ?? groups[0]
  const awareness = connection.board.provider.awareness
  usePublishGalleryGroup(awareness, current?.id)
  const visitors = useGalleryVisitors(awareness)
  const setStatus = useAnnounce()

  if (groups.length === 0)
    return (
      <section className="page narrow" aria-labelledby="gallery-heading">
        <h2 id="gallery-heading">Gallery walk</h2>
        <p className="empty">No breakout boards yet. After a breakout round, every group’s board can be visited here.</p>
      </section>
    )
  if (control.breakout?.active && me.role === 'participant')
    return (
      <section className="page narrow" aria-labelledby="gallery-heading">
        <h2 id="gallery-heading">Gallery walk</h2>
        <p className="empty">The breakout round is still running. The gallery opens when the facilitator ends it.</p>
      </section>
    )
  const nameOf = (id: string) => members.find((m) => m.id === id)?.displayName ?? 'someone'
  return (
    <div className="gallery page" data-testid="gallery">
      <h2>Gallery walk</h2>
      <p className="hint">Visit each group’s board. Leave a comment or a dot where something stands out; the boards themselves stay as the groups left them.</p>
      <nav aria-label="Group boards" className="gallery-tabs row wrap">
        {groups.map((g) => {
          const here = visitors.get(g.id) ?? []
          const dots = gallery.dots.get(g.id)?.length ?? 0
          const comments = gallery.comments.filter((c) => c.groupId === g.id).length
          return (
            <button key={g.id} type="button" aria-pressed={g.id === current?.id} onClick={() => setChosen(g.id)} data-testid="gallery-tab">
              {g.name}
              <span className="small muted">
                {' '}
                · {dots} {dots === 1 ? 'dot' : 'dots'} · {comments} {comments === 1 ? 'comment' : 'comments'}
                {me.role === 'facilitator' && ` · here: ${here.length === 0 ? 'nobody' : here.join(', ')}`}
              </span>
            </button>
          )
        })}
      </nav>
      {current && (
        <div className="gallery-stop">
          <GroupDocument key={current.id} groupId={current.id} name={current.name} memberIds={current.memberIds} readOnly />
          <GalleryFeedback
            doc={doc}
            groupId={current.id}
            groupName={current.name}
            canWrite={canWrite}
            dotted={(gallery.dots.get(current.id) ?? []).includes(me.id)}
            comments={gallery.comments.filter((c) => c.groupId === current.id)}
            authorId={control.anonymity === 'anonymous' ? undefined : me.id}
            nameOf={nameOf}
            onStatus={setStatus}
            meId={me.id}
          />
        </div>
      )}
    </div>
  )
}

interface FeedbackProps {
  readonly doc: Y.Doc
  readonly groupId: string
  readonly groupName: string
  readonly canWrite: boolean
  readonly dotted: boolean
  readonly comments: ReturnType<typeof readGallery>['comments']
  readonly authorId: string | undefined
  readonly meId: string
  nameOf(id: string): string
  onStatus(message: string): void
}

function GalleryFeedback({ doc, groupId, groupName, canWrite, dotted, comments, authorId, meId, nameOf, onStatus }: FeedbackProps) {
  const id = useId()
  const [draft, setDraft] = useState('')
  const add = useCallback(() => {
    const text = draft.trim()
    if (!text) return
    addGalleryComment(doc, { id: newId('gc'), groupId, text, at: Date.now(), ...(authorId ? { authorId } : {}) })
    setDraft('')
    onStatus(`Comment left on ${groupName}.`)
  }, [doc, draft, groupId, groupName, authorId, onStatus])
  return (
    <section className="gallery-feedback card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Comments and dots for {groupName}</h3>
      {canWrite && (
        <button
          type="button"
          aria-pressed={dotted}
          onClick={() => (toggleGalleryDot(doc, groupId, meId), onStatus(dotted ? 'Dot taken back.' : `Dot left on ${groupName}.`))}
        >
          {dotted ? '● Take my dot back' : '○ Leave a dot'}
        </button>
      )}
      {comments.length === 0 ? (
        <p className="empty small">No comments yet.</p>
      ) : (
        <ul className="plain-list" data-testid="gallery-comments">
          {comments.map((c) => (
            <li key={c.id}>
              {c.text} <span className="muted small">— {c.authorId ? nameOf(c.authorId) : 'anonymous'}</span>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            add()
          }}
        >
          <label htmlFor={`${id}-c`}>Your comment</label>
          <textarea id={`${id}-c`} rows={2} value={draft} onChange={(e) => setDraft(e.target.value)} />
          <button type="submit" disabled={!draft.trim()}>
            Leave comment
          </button>
        </form>
      )}
    </section>
  )
}
