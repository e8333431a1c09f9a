/** Side panel for the bone row in focus: rename it, add a cause to it, add another bone. */
import { useEffect, useId, useState, type FormEvent } from 'react'
import { DEFAULT_BONES_NOTE } from '../../../../shared/content/fishbone'
import type { Bone } from '../../../../shared/doc/fishbone-read'

interface Props {
  readonly bone: Bone
  readonly causeCount: number
  readonly readOnly: boolean
  readonly onRename: (label: string) => void
  readonly onAddCause: () => void
  readonly onAddBone: (label: string) => void
}

export const BONE_NAME_ID = 'fb-bone-name'

export function BonePanel({ bone, causeCount, readOnly, onRename, onAddCause, onAddBone }: Props) {
  const ids = useId()
  const [name, setName] = useState(bone.label)
  const [newBone, setNewBone] = useState('')
  // a rename by someone else shows up unless this person is mid-edit of the same bone
  useEffect(() => setName(bone.label), [bone.id, bone.label])
  const commit = () => {
    const label = name.trim()
    if (label && label !== bone.label) onRename(label)
    else setName(bone.label)
  }
  const add = (e: FormEvent) => {
    e.preventDefault()
    if (newBone.trim()) onAddBone(newBone.trim())
    setNewBone('')
  }
  return (
    <section className="fb-side card" aria-label={`Bone: ${bone.label}`}>
      <h3>Bone: {bone.label || 'Unnamed bone'}</h3>
      <p className="muted small">
        {causeCount} {causeCount === 1 ? 'cause' : 'causes'} on this bone.
      </p>
      {!readOnly && (
        <>
          <button type="button" className="primary" onClick={onAddCause}>
            Add a cause to {bone.label || 'this bone'}
          </button>
          <div className="field">
            <label htmlFor={BONE_NAME_ID}>Bone name</label>
            <input
              id={BONE_NAME_ID}
              value={name}
              onChange={(e) => setName(e.target.value)}
              onBlur={commit}
              onKeyDown={(e) => e.key === 'Enter' && commit()}
            />
          </div>
          <form onSubmit={add} className="row fb-add-bone">
            <label htmlFor={`${ids}-new`} className="fb-sr">
              New bone name
            </label>
            <input id={`${ids}-new`} value={newBone} placeholder="New bone, e.g. Data systems" onChange={(e) => setNewBone(e.target.value)} />
            <button type="submit">Add bone</button>
          </form>
        </>
      )}
      <p className="muted small">{DEFAULT_BONES_NOTE}</p>
    </section>
  )
}
