/**
 * My private drafts during a silent brainstorm. They live in my own private document, which the
 * server refuses to anyone else; the facilitator's reveal moves them onto the board.
 */
import { useCallback, useId, useState } from 'react'
import type * as Y from 'yjs'
import { QUADRANT_INFO, SWOT_QUADRANTS, type SwotQuadrant } from '../../../../shared/content/swot-prompts'
import { addDraft, readDrafts } from '../../../../shared/doc/drafts'
import type { TargetedRound } from '../../../../shared/doc/round-settings'
import { ROOTS } from '../../../../shared/doc/schema'
import { useDocRead } from '../../workspace/use-doc-read'
import { DraftCard } from './DraftCard'
import { newId } from '../../../../shared/ids'

interface Props {
  readonly round: TargetedRound
  readonly myDoc: Y.Doc
  readonly announce: (message: string) => void
}

export function DraftsPanel({ round, myDoc, announce }: Props) {
  const ids = useId()
  const roundId = round.id
  const drafts = useDocRead(myDoc, useCallback((d: Y.Doc) => readDrafts(d, roundId), [roundId]), { roots: [ROOTS.private.drafts] })
  const [quadrant, setQuadrant] = useState<SwotQuadrant>('strengths')
  const [focusId, setFocusId] = useState<string>()
  const add = () => {
    const draftId = newId()
    if (addDraft(myDoc, { draftId, roundId: round.id, slot: quadrant, now: Date.now() }).ok) {
      setFocusId(draftId)
      announce(`Private draft added to ${QUADRANT_INFO[quadrant].label}.`)
    }
  }
  return (
    <section className="swot-drafts card" aria-labelledby={`${ids}-h`}>
      <h3 id={`${ids}-h`}>Your private drafts</h3>
      <p className="small">
        Silent brainstorm: only you can see these until the facilitator reveals them
        {' '}— then they appear on the board.
      </p>
      {drafts.length === 0 ? (
        <p className="empty small">No drafts yet. Choose a quadrant and add your first idea.</p>
      ) : (
        <ul className="swot-draft-list">
          {drafts.map((d, i) => (
            <DraftCard key={d.id} draft={d} index={i} myDoc={myDoc} autoFocus={d.id === focusId} announce={announce} />
          ))}
        </ul>
      )}
      <div className="row">
        <label htmlFor={`${ids}-q`}>New draft in</label>
        <select id={`${ids}-q`} value={quadrant} onChange={(e) => setQuadrant(e.target.value as SwotQuadrant)} className="swot-select">
          {SWOT_QUADRANTS.map((q) => (
            <option key={q} value={q}>
              {QUADRANT_INFO[q].label}
            </option>
          ))}
        </select>
        <button type="button" onClick={add}>
          + Add a private draft
        </button>
      </div>
    </section>
  )
}
