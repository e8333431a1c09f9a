/** Choosing, creating and renaming SWOT boards (a workspace may have one per school, subject or group). */
import { useId, useState, type FormEvent } from 'react'
import type { SwotBoard } from '../../../../shared/doc/swot-read'

interface Props {
  readonly boards: readonly SwotBoard[]
  readonly current: SwotBoard
  readonly canEdit: boolean
  readonly onSelect: (boardId: string) => void
  readonly onCreate: (title: string) => void
  readonly onRename: (title: string) => void
}

export function BoardBar({ boards, current, canEdit, onSelect, onCreate, onRename }: Props) {
  const ids = useId()
  const [mode, setMode] = useState<'idle' | 'create' | 'rename'>('idle')
  const [title, setTitle] = useState('')
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const t = title.trim()
    if (!t) return
    if (mode === 'create') onCreate(t)
    else onRename(t)
    setMode('idle')
  }
  return (
    <div className="swot-boardbar row wrap">
      <h2 className="swot-title">{current.title || 'Untitled SWOT'}</h2>
      {boards.length > 1 && (
        <>
          <label htmlFor={`${ids}-pick`} className="small">
            Board
          </label>
          <select id={`${ids}-pick`} className="swot-select" value={current.id} onChange={(e) => onSelect(e.target.value)}>
            {boards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title || 'Untitled SWOT'}
              </option>
            ))}
          </select>
        </>
      )}
      {canEdit && mode === 'idle' && (
        <>
          <button type="button" onClick={() => (setTitle(current.title), setMode('rename'))}>
            Rename
          </button>
          <button type="button" onClick={() => (setTitle(''), setMode('create'))}>
            + New SWOT board
          </button>
        </>
      )}
      {mode !== 'idle' && (
        <form className="row" onSubmit={submit}>
          <label htmlFor={`${ids}-title`}>{mode === 'create' ? 'New board title' : 'Board title'}</label>
          <input id={`${ids}-title`} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} autoFocus required />
          <button type="submit" className="primary">
            {mode === 'create' ? 'Create' : 'Save'}
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </form>
      )}
    </div>
  )
}
