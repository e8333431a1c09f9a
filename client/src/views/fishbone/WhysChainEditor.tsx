/**
 * One 5 Whys chain: the symptom, then "Why?" rows (add or remove), and promoting the deepest answer
 * to a cause — by default under the cause the chain was started from (a sub-cause), else on a
 * chosen bone. All texts are co-edited Y.Texts.
 */
import { useId, useState } from 'react'
import type * as Y from 'yjs'
import type { Fishbone } from '../../../../shared/doc/fishbone-read'
import { parentOnFishbone } from '../../../../shared/domain/fishbone/promote-place'
import { whyAnswerText, whysSymptomText, type WhysChain } from '../../../../shared/doc/whys'
import { YTextField } from '../../ui/YTextField'

interface Props {
  readonly doc: Y.Doc
  readonly chain: WhysChain
  readonly attachedLabel: string
  readonly fishbones: readonly Fishbone[]
  readonly defaultFishboneId: string | undefined
  readonly readOnly: boolean
  readonly onAddRow: () => void
  readonly onRemoveRow: (rowId: string, n: number) => void
  /** `parentId`: nest under that cause (its bone is the parent's) */
  readonly onPromote: (fishboneId: string, place: { readonly boneId: string; readonly parentId?: string }) => void
  readonly onDelete: () => void
}

export const whyRowId = (chainId: string, n: number): string => `fb-why-${chainId}-${n}`

export function WhysChainEditor({ doc, chain, attachedLabel, fishbones, defaultFishboneId, readOnly, onAddRow, onRemoveRow, onPromote, onDelete }: Props) {
  const ids = useId()
  const [fb, setFb] = useState('')
  const [bone, setBone] = useState('')
  const promoted = chain.promotedTo && fishbones.find((f) => f.id === chain.promotedTo?.fishboneId)
  const fishboneId = fishbones.some((f) => f.id === fb) ? fb : (defaultFishboneId ?? fishbones[0]?.id ?? '')
  const target = fishbones.find((f) => f.id === fishboneId)
  const parent = parentOnFishbone(chain.attachedTo, fishbones, fishboneId)
  const UNDER = 'under-parent'
  // the chain drilled into a cause: its answer is a sub-cause of it unless the team picks a bone
  const where = bone === UNDER && parent ? UNDER : target?.bones.some((b) => b.id === bone) ? bone : parent ? UNDER : (target?.bones[0]?.id ?? '')
  const place = where === UNDER && parent?.kind === 'under' ? { boneId: parent.boneId, parentId: parent.parentId } : { boneId: where }
  return (
    <article className="fb-chain card" aria-labelledby={`${ids}-h`} id={`fb-chain-${chain.id}`}>
      <h4 id={`${ids}-h`}>5 Whys: {chain.symptom.trim() || 'new chain'}</h4>
      {attachedLabel && <p className="muted small">{attachedLabel}</p>}
      <div className="field">
        <label htmlFor={`${ids}-s`}>Symptom</label>
        <YTextField key={`${chain.id}-s`} id={`${ids}-s`} text={whysSymptomText(doc, chain.id)} readOnly={readOnly} />
      </div>
      <ol className="fb-whys">
        {chain.rows.map((row, i) => (
          <li key={row.id}>
            <label htmlFor={whyRowId(chain.id, i + 1)}>Why? ({i + 1})</label>
            <div className="row">
              <YTextField key={row.id} id={whyRowId(chain.id, i + 1)} text={whyAnswerText(doc, chain.id, row.id)} readOnly={readOnly} />
              {!readOnly && (
                <button type="button" aria-label={`Remove why ${i + 1}`} onClick={() => onRemoveRow(row.id, i + 1)}>
                  Remove
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {!readOnly && (
        <div className="row wrap">
          <button type="button" onClick={onAddRow}>
            Add a why
          </button>
          <button type="button" className="fb-danger" onClick={onDelete}>
            Delete this chain
          </button>
        </div>
      )}
      <div className="fb-promote">
        <p className="small">
          {chain.lastAnswer ? <>Candidate root cause: “{chain.lastAnswer}”</> : 'Answer the whys; the deepest answer is the candidate root cause.'}
        </p>
        {promoted ? (
          <p className="small" role="status">
            Promoted to a cause on the fishbone “{promoted.head.text.trim() || 'Untitled'}”.
          </p>
        ) : (
          !readOnly &&
          chain.lastAnswer &&
          (fishbones.length === 0 ? (
            <p className="small muted">Create a fishbone first to promote this answer to a cause.</p>
          ) : (
            <div className="row wrap">
              <label htmlFor={`${ids}-f`}>Fishbone</label>
              <select id={`${ids}-f`} value={fishboneId} onChange={(e) => setFb(e.target.value)}>
                {fishbones.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.head.text.trim() || 'Untitled fishbone'}
                  </option>
                ))}
              </select>
              <label htmlFor={`${ids}-b`}>Where</label>
              <select id={`${ids}-b`} value={where} onChange={(e) => setBone(e.target.value)}>
                {parent?.kind === 'under' && <option value={UNDER}>Under “{parent.parentText.trim() || 'the cause it started from'}” (sub-cause)</option>}
                {target?.bones.map((b) => (
                  <option key={b.id} value={b.id}>
                    {parent ? `On the bone ${b.label} (top-level)` : b.label}
                  </option>
                ))}
              </select>
              <button type="button" className="primary" onClick={() => onPromote(fishboneId, place)}>
                Promote the last answer to a cause
              </button>
            </div>
          ))
        )}
      </div>
    </article>
  )
}
