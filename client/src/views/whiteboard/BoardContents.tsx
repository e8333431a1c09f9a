/**
 * "Board contents" beside the canvas (WCAG 1.1.1, 2.1.1): the whiteboard's words without the
 * canvas — every note, text and shape label in reading order, editable, with add and delete. It
 * reads the editor reactively, so others' edits appear live; writes are ordinary editor changes.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import { ADDABLE, addShapeAtCentre, setShapeText, type AddableKind } from './add-shape'
import { boardContents, type BoardContentsState } from './board-items'
import { ContentItem, itemFieldId } from './ContentItem'

interface Props {
  readonly editor: Editor
  /** observers and a locked whiteboard */
  readonly readOnly: boolean
}

const othersSentence = (others: BoardContentsState['others']): string | null => {
  const parts = Object.entries(others).map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`)
  return parts.length ? `Also on the whiteboard, without text: ${parts.join(', ')}.` : null
}

export function BoardContents({ editor, readOnly }: Props) {
  // a string compares by value: a drag or a stroke elsewhere re-renders nothing here
  const json = useValue('board contents', () => JSON.stringify(boardContents(editor)), [editor])
  const contents = useMemo(() => JSON.parse(json) as BoardContentsState, [json])
  const [focusNext, setFocusNext] = useState<string | null>(null)
  const addRef = useRef<HTMLButtonElement>(null)

  // focus follows what was just created or deleted (WCAG 2.4.3), once it is in the list
  useEffect(() => {
    if (!focusNext) return
    const field = focusNext === 'add' ? addRef.current : document.getElementById(itemFieldId(focusNext))
    if (field) {
      field.focus()
      setFocusNext(null)
    }
  }, [focusNext, contents])

  const add = (kind: AddableKind) => setFocusNext(addShapeAtCentre(editor, kind))
  const remove = (id: TLShapeId, index: number) => {
    const neighbour = contents.items[index + 1] ?? contents.items[index - 1]
    editor.markHistoryStoppingPoint('delete from the list')
    editor.deleteShapes([id])
    setFocusNext(neighbour ? neighbour.id : 'add')
  }
  const others = othersSentence(contents.others)

  return (
    <section className="board-contents" aria-labelledby="board-contents-h">
      <h2 id="board-contents-h">Board contents</h2>
      {!readOnly && (
        <div className="row" role="group" aria-label="Add to the whiteboard">
          {(Object.keys(ADDABLE) as AddableKind[]).map((kind, i) => (
            <button key={kind} type="button" ref={i === 0 ? addRef : undefined} onClick={() => add(kind)}>
              {ADDABLE[kind].label}
            </button>
          ))}
        </div>
      )}
      <p className="hint">{readOnly ? 'Notes, texts and shape labels, top to bottom, left to right.' : 'Added at the centre of your view. Typing here changes the whiteboard for everyone.'}</p>
      {contents.items.length === 0 ? (
        <p className="empty">No notes or text on the whiteboard yet.</p>
      ) : (
        <ol className="board-items">
          {contents.items.map((item, index) => (
            <ContentItem
              key={item.id}
              item={item}
              readOnly={readOnly || item.locked}
              onText={(text) => setShapeText(editor, item.id, text)}
              // an empty text shape is invisible on the canvas; tldraw removes it when editing ends, so do we
              onLeave={(text) => {
                if (item.type === 'text' && text.trim() === '') editor.deleteShapes([item.id])
              }}
              onDelete={() => remove(item.id, index)}
            />
          ))}
        </ol>
      )}
      {others && <p className="muted">{others}</p>}
    </section>
  )
}
