/**
 * Side panel for the cause in focus: its text and evidence (co-edited Y.Texts), the coaching prompts
 * that fit it now, its tags, moves, and actions. Escape returns to the outline.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import type * as Y from 'yjs'
import { causeText, type CauseTagPatch, type MoveCause } from '../../../../shared/doc/fishbone-causes'
import type { Cause, Fishbone } from '../../../../shared/doc/fishbone-read'
import { causeNudges } from '../../../../shared/domain/fishbone/prompts'
import type { SystemicInfo } from '../../../../shared/domain/fishbone/systemic'
import { YTextField } from '../../ui/YTextField'
import { CauseMoves } from './CauseMoves'
import { CauseTags } from './CauseTags'
import { Nudges } from './Nudges'
import { safeHref } from '../../../../shared/text/safe-href'

export const CAUSE_TEXT_ID = 'fb-cause-text'

interface Props {
  readonly doc: Y.Doc
  readonly fishbone: Fishbone
  readonly cause: Cause
  readonly others: readonly Fishbone[]
  readonly systemic: SystemicInfo
  readonly justAdded: boolean
  readonly readOnly: boolean
  readonly onTag: (patch: CauseTagPatch) => string | null
  readonly onMove: (move: MoveCause) => void
  readonly onLink: (toFishboneId: string) => void
  readonly onAddChild: () => void
  readonly onWhys: () => void
  readonly onDelete: () => void
  readonly onEscape: () => void
}

export function CauseEditor(p: Props) {
  const { doc, fishbone, cause, readOnly } = p
  const ids = useId()
  const [link, setLink] = useState(cause.evidenceLink ?? '')
  const [linkError, setLinkError] = useState('')
  useEffect(() => {
    setLink(cause.evidenceLink ?? '')
    setLinkError('')
  }, [cause.id, cause.evidenceLink])
  const commitLink = () => {
    const value = link.trim()
    if (value === (cause.evidenceLink ?? '')) return
    setLinkError(p.onTag({ evidenceLink: value === '' ? null : value }) ?? '')
  }
  const escape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return
    e.preventDefault()
    p.onEscape()
  }
  const nudges = causeNudges(cause, { justAdded: p.justAdded, systemic: p.systemic.systemic }).map((id) => ({ id }))
  return (
    <section className="fb-side card" aria-labelledby={`${ids}-h`} onKeyDown={escape}>
      <h3 id={`${ids}-h`}>{cause.depth > 0 ? 'Sub-cause' : 'Cause'} on {fishbone.bones.find((b) => b.id === cause.boneId)?.label}</h3>
      <div className="field">
        <label htmlFor={CAUSE_TEXT_ID}>Cause</label>
        <YTextField key={cause.id} id={CAUSE_TEXT_ID} text={causeText(doc, fishbone.id, cause.id, 'text')} readOnly={readOnly} describedBy={`${ids}-nudges`} />
      </div>
      <Nudges id={`${ids}-nudges`} nudges={nudges} />
      <div className="field">
        <label htmlFor={`${ids}-ev`}>
          Evidence {cause.needsEvidence && <span className="fb-badge fb-badge-warn">Needs evidence</span>}
        </label>
        <YTextField key={`${cause.id}-ev`} id={`${ids}-ev`} multiline rows={3} text={causeText(doc, fishbone.id, cause.id, 'evidence')} readOnly={readOnly} placeholder="Where is the evidence? Data, observations, documents…" />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-link`}>Evidence link (optional)</label>
        <input
          id={`${ids}-link`}
          type="url"
          value={link}
          readOnly={readOnly}
          placeholder="https://…"
          aria-invalid={linkError !== ''}
          aria-describedby={linkError ? `${ids}-link-err` : undefined}
          onChange={(e) => setLink(e.target.value)}
          onBlur={commitLink}
          onKeyDown={(e) => e.key === 'Enter' && commitLink()}
        />
        {linkError && (
          <p className="error" id={`${ids}-link-err`}>
            {linkError}
          </p>
        )}
        {safeHref(cause.evidenceLink) && (
          <a href={safeHref(cause.evidenceLink)} target="_blank" rel="noreferrer noopener" className="small">
            Open the evidence link
          </a>
        )}
      </div>
      <CauseTags cause={cause} systemic={p.systemic} readOnly={readOnly} onTag={(patch) => void p.onTag(patch)} />
      {!readOnly && <CauseMoves fishbone={fishbone} causeId={cause.id} others={p.others} onMove={p.onMove} onLink={p.onLink} />}
      <div className="row wrap fb-actions">
        {!readOnly && (
          <button type="button" onClick={p.onAddChild}>
            Add a sub-cause
          </button>
        )}
        {!readOnly && (
          <button type="button" onClick={p.onWhys}>
            Ask “why?” five times (5 Whys)
          </button>
        )}
        {!readOnly && (
          <button type="button" className="fb-danger" onClick={p.onDelete}>
            Delete cause
          </button>
        )}
        <button type="button" onClick={p.onEscape}>
          Back to the outline
        </button>
      </div>
    </section>
  )
}
