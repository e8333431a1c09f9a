/** The diagrams in this workspace as a pick list, and the form that starts a new one. */
import { useId, useState, type FormEvent } from 'react'
import { HEAD_POLARITIES, POLARITY_LABELS, type HeadPolarity } from '../../../../shared/content/fishbone'
import type { Fishbone } from '../../../../shared/doc/fishbone-read'

interface Props {
  readonly fishbones: readonly Fishbone[]
  readonly selectedId: string | undefined
  readonly readOnly: boolean
  readonly onSelect: (id: string) => void
  readonly onCreate: (head: string, polarity: HeadPolarity) => void
}

export function FishboneList({ fishbones, selectedId, readOnly, onSelect, onCreate }: Props) {
  const ids = useId()
  const [head, setHead] = useState('')
  const [polarity, setPolarity] = useState<HeadPolarity>('problem')
  const [error, setError] = useState('')
  // with diagrams to pick from, the create form waits behind a button so the board starts higher up
  const [creating, setCreating] = useState(false)
  const showForm = !readOnly && (fishbones.length === 0 || creating)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (head.trim() === '') {
      setError('Write the problem or bright spot first.')
      return
    }
    onCreate(head.trim(), polarity)
    setHead('')
    setError('')
    setCreating(false)
  }
  return (
    <section className="fb-list card" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Fishbones</h2>
      {fishbones.length === 0 ? (
        <p className="empty">
          No fishbones yet. Write a problem (for example a weakness from the SWOT board) or a bright spot below and create one. On the SWOT board, “Find root
          causes” turns a weakness into a fishbone head in one step.
        </p>
      ) : (
        <ul className="fb-picker">
          {fishbones.map((f) => (
            <li key={f.id}>
              <button type="button" aria-pressed={f.id === selectedId} onClick={() => onSelect(f.id)}>
                <span className="fb-picker-head">{f.head.text.trim() || 'Untitled fishbone'}</span>
                <span className="muted small">
                  {POLARITY_LABELS[f.head.polarity]} · {f.causes.length} {f.causes.length === 1 ? 'cause' : 'causes'}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {!readOnly && fishbones.length > 0 && !creating && (
        <button type="button" className="fb-new" onClick={() => setCreating(true)}>
          + New fishbone
        </button>
      )}
      {showForm && (
        <form className="fb-create" onSubmit={submit} aria-labelledby={`${ids}-new`} noValidate>
          <h3 id={`${ids}-new`}>New fishbone</h3>
          <label htmlFor={`${ids}-head`}>Head: the problem or bright spot</label>
          <input
            id={`${ids}-head`}
            value={head}
            onChange={(e) => setHead(e.target.value)}
            aria-invalid={error !== ''}
            aria-describedby={error ? `${ids}-err` : undefined}
            placeholder="e.g. Low student math performance in seventh grade"
            autoFocus={creating}
          />
          <fieldset className="fb-inline-radios">
            <legend>Kind of head</legend>
            {HEAD_POLARITIES.map((p) => (
              <label key={p}>
                <input type="radio" name={`${ids}-polarity`} value={p} checked={polarity === p} onChange={() => setPolarity(p)} /> {POLARITY_LABELS[p]}
              </label>
            ))}
          </fieldset>
          {error && (
            <p className="error" id={`${ids}-err`}>
              {error}
            </p>
          )}
          <button type="submit" className="primary">
            Create fishbone
          </button>
          {creating && (
            <button type="button" onClick={() => setCreating(false)}>
              Cancel
            </button>
          )}
        </form>
      )}
    </section>
  )
}
