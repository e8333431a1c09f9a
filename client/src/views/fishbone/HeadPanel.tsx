/** The selected diagram's head: its text (co-edited), problem or bright spot, its SWOT link, diagram-wide nudges, delete. */
import { useId } from 'react'
import type * as Y from 'yjs'
import { HEAD_POLARITIES, POLARITY_LABELS, type HeadPolarity, type NudgeId } from '../../../../shared/content/fishbone'
import { fishboneHeadText } from '../../../../shared/doc/fishbone'
import type { Fishbone } from '../../../../shared/doc/fishbone-read'
import type { SwotItem } from '../../../../shared/doc/swot-read'
import { fishboneNudges } from '../../../../shared/domain/fishbone/prompts'
import { YTextField } from '../../ui/YTextField'
import { Nudges } from './Nudges'

const QUADRANT_LABEL = { strengths: 'strength', weaknesses: 'weakness', opportunities: 'opportunity', threats: 'threat' } as const

interface Props {
  readonly doc: Y.Doc
  readonly fishbone: Fishbone
  readonly swotItem: SwotItem | undefined
  readonly readOnly: boolean
  readonly onPolarity: (p: HeadPolarity) => void
  readonly onDelete: () => void
  readonly swotHref: string
  readonly onOpenSwot: () => void
}

export function HeadPanel({ doc, fishbone, swotItem, readOnly, onPolarity, onDelete, swotHref, onOpenSwot }: Props) {
  const ids = useId()
  // one line per nudge; a per-bone nudge names all the bones it applies to
  const byId = new Map<NudgeId, string[]>()
  for (const n of fishboneNudges(fishbone)) {
    const bones = byId.get(n.id) ?? []
    if (n.boneId !== undefined) bones.push(fishbone.bones.find((b) => b.id === n.boneId)?.label ?? '')
    byId.set(n.id, bones)
  }
  const nudges = [...byId].map(([id, bones]) => ({ id, ...(bones.length > 0 && { note: bones.join(', ') }) }))
  return (
    <section className="fb-head card" aria-label="Head of the fishbone">
      <div className="fb-head-row">
        <div className="field fb-head-text">
          <label htmlFor={`${ids}-head`}>Head ({POLARITY_LABELS[fishbone.head.polarity].toLowerCase()})</label>
          <YTextField key={fishbone.id} id={`${ids}-head`} text={fishboneHeadText(doc, fishbone.id)} readOnly={readOnly} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-pol`}>Kind of head</label>
          <select id={`${ids}-pol`} value={fishbone.head.polarity} disabled={readOnly} onChange={(e) => onPolarity(e.target.value as HeadPolarity)}>
            {HEAD_POLARITIES.map((p) => (
              <option key={p} value={p}>
                {POLARITY_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        {!readOnly && (
          <button type="button" className="fb-danger" onClick={onDelete}>
            Delete this fishbone
          </button>
        )}
      </div>
      {fishbone.head.swotItemId !== undefined && (
        <p className="small">
          {swotItem ? (
            <>
              Made from the SWOT {QUADRANT_LABEL[swotItem.quadrant]} “{swotItem.text}”.{' '}
            </>
          ) : (
            'Made from a SWOT item that has since been deleted. '
          )}
          Prioritised root causes appear in that board’s “What are the root causes?” area.{' '}
          <a
            href={swotHref}
            onClick={(e) => {
              e.preventDefault()
              onOpenSwot()
            }}
          >
            Open the SWOT board
          </a>
        </p>
      )}
      {/* Tool B prompts behind a toggle: they matter when the team is stuck, not on every screen */}
      {nudges.length > 0 && (
        <details className="fb-prompts">
          <summary>Prompts for the whole diagram ({nudges.length})</summary>
          <Nudges nudges={nudges} title="For the whole diagram" />
        </details>
      )}
    </section>
  )
}
