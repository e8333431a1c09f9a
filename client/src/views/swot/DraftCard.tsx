/** One private draft: its quadrant, statement and evidence (Y.Texts in my private document), and discard. */
import { useEffect, useId, useRef } from 'react'
import type * as Y from 'yjs'
import { QUADRANT_INFO, SWOT_QUADRANTS, type SwotQuadrant } from '../../../../shared/content/swot-prompts'
import { deleteDrafts, draftText, setDraftSlot, type Draft } from '../../../../shared/doc/drafts'
import { YTextField } from '../../ui/YTextField'

interface Props {
  readonly draft: Draft
  readonly index: number
  readonly myDoc: Y.Doc
  readonly autoFocus: boolean
  readonly announce: (message: string) => void
}

const isQuadrant = (s: string): s is SwotQuadrant => (SWOT_QUADRANTS as readonly string[]).includes(s)

export function DraftCard({ draft, index, myDoc, autoFocus, announce }: Props) {
  const id = useId()
  const box = useRef<HTMLLIElement>(null)
  const text = draftText(myDoc, draft.id, 'text')
  const evidence = draftText(myDoc, draft.id, 'evidence')
  useEffect(() => {
    if (autoFocus) box.current?.querySelector('textarea')?.focus()
  }, [autoFocus])
  const label = `Draft ${index + 1}`
  return (
    <li className="swot-draft note" ref={box}>
      <div className="row">
        <label htmlFor={`${id}-q`} className="small">
          {label} goes to
        </label>
        <select
          id={`${id}-q`}
          className="swot-select"
          value={isQuadrant(draft.slot) ? draft.slot : 'strengths'}
          onChange={(e) => setDraftSlot(myDoc, draft.id, e.target.value)}
        >
          {SWOT_QUADRANTS.map((q) => (
            <option key={q} value={q}>
              {QUADRANT_INFO[q].label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="danger"
          aria-label={`Discard ${label}`}
          onClick={() => {
            deleteDrafts(myDoc, [draft.id])
            announce(`${label} discarded.`)
          }}
        >
          Discard
        </button>
      </div>
      {text && <YTextField multiline text={text} label={`${label} statement`} placeholder="Your idea, in one sentence" />}
      {evidence && <YTextField multiline text={evidence} label={`${label} evidence`} rows={1} placeholder="What’s the evidence?" />}
    </li>
  )
}
