/** Moving a cause with buttons (the same moves as Alt+arrows in the tree), to any bone, or linking it under another head. */
import { useId, useState } from 'react'
import type { Fishbone } from '../../../../shared/doc/fishbone-read'
import { moveFor, type MoveAction } from './keys'
import type { MoveCause } from '../../../../shared/doc/fishbone-causes'

interface Props {
  readonly fishbone: Fishbone
  readonly causeId: string
  /** the other diagrams this cause could also sit under */
  readonly others: readonly Fishbone[]
  readonly onMove: (move: MoveCause) => void
  readonly onLink: (toFishboneId: string) => void
}

const BUTTONS: readonly [MoveAction, string][] = [
  ['move-up', 'Move up'],
  ['move-down', 'Move down'],
  ['indent', 'Make sub-cause of the one above'],
  ['outdent', 'Move out a level'],
]

export function CauseMoves({ fishbone, causeId, others, onMove, onLink }: Props) {
  const ids = useId()
  const cause = fishbone.causes.find((c) => c.id === causeId)
  const [bone, setBone] = useState('')
  const [target, setTarget] = useState('')
  if (!cause) return null
  const otherBones = fishbone.bones.filter((b) => b.id !== cause.boneId || cause.parentId !== undefined)
  const chosenBone = otherBones.some((b) => b.id === bone) ? bone : (otherBones[0]?.id ?? '')
  const linkable = others.filter((f) => !f.causes.some((c) => c.sharedKey === cause.sharedKey))
  const chosenTarget = linkable.some((f) => f.id === target) ? target : (linkable[0]?.id ?? '')
  return (
    <div className="fb-moves">
      <div className="row wrap" role="group" aria-label="Move this cause">
        {BUTTONS.map(([action, label]) => {
          const move = moveFor(fishbone, causeId, action)
          return (
            <button key={action} type="button" disabled={!move} onClick={() => move && onMove(move)}>
              {label}
            </button>
          )
        })}
      </div>
      {otherBones.length > 0 && (
        <div className="row">
          <label htmlFor={`${ids}-bone`}>Move to bone</label>
          <select id={`${ids}-bone`} value={chosenBone} onChange={(e) => setBone(e.target.value)}>
            {otherBones.map((b) => (
              <option key={b.id} value={b.id}>
                {b.label}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => chosenBone && onMove({ fishboneId: fishbone.id, causeId, boneId: chosenBone, parentId: null })}>
            Move
          </button>
        </div>
      )}
      {linkable.length > 0 && (
        <div className="row">
          <label htmlFor={`${ids}-link`}>Also a cause under</label>
          <select id={`${ids}-link`} value={chosenTarget} onChange={(e) => setTarget(e.target.value)}>
            {linkable.map((f) => (
              <option key={f.id} value={f.id}>
                {f.head.text.trim() || 'Untitled fishbone'}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => chosenTarget && onLink(chosenTarget)}>
            Link
          </button>
        </div>
      )}
    </div>
  )
}
