/**
 * One whiteboard shape as a text field of the "Board contents" list. Every keystroke goes straight
 * into the editor. While the field has focus it shows what this person typed, so the caret never
 * waits for the store's round trip; a different text arriving from someone else replaces it.
 */
import { useState } from 'react'
import type { BoardItem } from './board-items'

export const itemFieldId = (id: string): string => `board-item-${id}`

interface Props {
  readonly item: BoardItem
  /** observers, a locked board, or a shape locked in tldraw: text only */
  readonly readOnly: boolean
  onText(text: string): void
  /** focus left the item (its field, not for its Delete button), with this text in the field */
  onLeave(text: string): void
  onDelete(): void
}

export function ContentItem({ item, readOnly, onText, onLeave, onDelete }: Props) {
  const [draft, setDraft] = useState<string | null>(null)
  const [seen, setSeen] = useState(item.text)
  if (item.text !== seen) {
    // the board changed under the field: ours echoes back equal, someone else's wins
    setSeen(item.text)
    if (draft !== null && draft !== item.text) setDraft(item.text)
  }
  if (readOnly) {
    return (
      <li className="board-item">
        <span className="board-item-name">{item.name}</span>
        {item.text ? <span className="board-item-text">{item.text}</span> : <span className="board-item-text empty">(no text)</span>}
      </li>
    )
  }
  return (
    <li className="board-item">
      <label className="board-item-name" htmlFor={itemFieldId(item.id)}>
        {item.name}
      </label>
      <textarea
        id={itemFieldId(item.id)}
        rows={2}
        value={draft ?? item.text}
        onFocus={() => setDraft(item.text)}
        onBlur={(e) => {
          setDraft(null)
          // on to this item's own Delete button is not leaving the item
          const next = e.relatedTarget
          if (!(next instanceof Node && e.currentTarget.parentElement?.contains(next))) onLeave(e.target.value)
        }}
        onChange={(e) => {
          setDraft(e.target.value)
          onText(e.target.value)
        }}
      />
      <button type="button" className="board-item-delete" onClick={onDelete}>
        Delete <span className="visually-hidden">{item.name}</span>
      </button>
    </li>
  )
}
