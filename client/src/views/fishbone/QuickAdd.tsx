/** A one-line form for rapid cause entry: type, pick a bone, Enter; focus stays for the next cause. */
import { useId, useState, type FormEvent } from 'react'
import type { Bone } from '../../../../shared/doc/fishbone-read'

interface Props {
  readonly bones: readonly Bone[]
  readonly onAdd: (text: string, boneId: string) => void
}

export function QuickAdd({ bones, onAdd }: Props) {
  const ids = useId()
  const [text, setText] = useState('')
  const [bone, setBone] = useState('')
  const boneId = bones.some((b) => b.id === bone) ? bone : (bones[0]?.id ?? '')
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (text.trim() === '' || boneId === '') return
    onAdd(text.trim(), boneId)
    setText('')
  }
  return (
    <form className="fb-quick" onSubmit={submit} aria-label="Add a cause">
      <div className="field">
        <label htmlFor={`${ids}-t`}>New cause</label>
        <input id={`${ids}-t`} value={text} onChange={(e) => setText(e.target.value)} placeholder="What contributes to the head?" />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-b`}>on bone</label>
        <select id={`${ids}-b`} value={boneId} onChange={(e) => setBone(e.target.value)}>
          {bones.map((b) => (
            <option key={b.id} value={b.id}>
              {b.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Add cause</button>
    </form>
  )
}
