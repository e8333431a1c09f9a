/** Add a card to one cell; authorless when the session is anonymous or when the writer chooses. */
import { useId, useState } from 'react'
import type { SynthesisColumn } from '../../../../shared/doc/synthesis'
import { useWorkspace } from '../../workspace/context'
import { useFacilitation } from '../../facilitation/context'
import { addCardAtEnd, columnLabel } from '../../../../shared/doc/synthesis-moves'

interface Props {
  readonly topicId: string
  readonly topicTitle: string
  readonly column: SynthesisColumn
  onStatus(message: string): void
}

export function AddCard({ topicId, topicTitle, column, onStatus }: Props) {
  const { connection, me } = useWorkspace()
  const { control } = useFacilitation()
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [authorless, setAuthorless] = useState(false)
  const id = useId()
  const anonymous = control.anonymity === 'anonymous'
  const where = `${columnLabel(column)} for “${topicTitle}”`
  if (!open)
    return (
      <button type="button" className="link-button small" onClick={() => setOpen(true)}>
        + Add card<span className="visually-hidden"> to {where}</span>
      </button>
    )
  const submit = () => {
    if (!text.trim()) return
    addCardAtEnd(connection.board.doc, {
      topicId, column, text: text.trim(), roles: [me.stakeholderRole],
      ...(anonymous || authorless ? {} : { authorId: me.id }),
    })
    onStatus(`Card added to ${where}.`)
    setText('')
    setOpen(false)
  }
  return (
    <form className="add-card" onSubmit={(e) => (e.preventDefault(), submit())}>
      <label htmlFor={`${id}-text`} className="visually-hidden">New card in {where}</label>
      <textarea id={`${id}-text`} rows={2} value={text} autoFocus onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false)
          if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return
          e.preventDefault()
          submit()
        }} />
      <label className="choice small">
        <input type="checkbox" checked={anonymous || authorless} disabled={anonymous} onChange={(e) => setAuthorless(e.target.checked)} />
        {anonymous ? 'Anonymous session: cards carry no name' : 'Add without my name'}
      </label>
      <div className="row">
        <button type="submit" className="small primary" disabled={!text.trim()}>Add card</button>
        <button type="button" className="small" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  )
}
