/**
 * One element in the individual phase: a native radio group (arrow keys move and pick, Space picks)
 * with the levels shown cumulatively, a way to clear the pick, and the private Evidence field.
 */
import { memo, useMemo } from 'react'
import type * as Y from 'yjs'
import type { Rubric } from '../../../../shared/content/rubric-model'
import { evidenceText, setPick } from '../../../../shared/doc/rubric'
import type { PlacedElement } from '../../../../shared/domain/rubric/structure'
import { LabelledYText } from '../../ui/LabelledYText'
import { levelDescription } from './cumulative-text'

interface Props {
  readonly rubric: Rubric
  readonly placed: PlacedElement
  readonly doc: Y.Doc
  readonly pick: number | undefined
}

export const radioId = (elementId: string, level: number) => `rb-pick-${elementId}-${level}`

export const ElementScoring = memo(function ElementScoring({ rubric, placed, doc, pick }: Props) {
  const { element } = placed
  const text = useMemo(() => evidenceText(doc, element.id), [doc, element.id])
  const headingId = `rb-el-${element.id}`
  return (
    <article className="rb-element card" aria-labelledby={headingId} data-element={element.id} data-scored={pick !== undefined}>
      <h6 id={headingId}>
        <span className="rb-code">{element.id}</span> {element.shortTitle}
        <span className="rb-scored">{pick === undefined ? ' — not scored yet' : ` — scored: ${rubric.levels[pick]?.label ?? ''}`}</span>
      </h6>
      <p>{element.statement.text}</p>
      <fieldset className="rb-levels">
        <legend>Your level for {element.id}</legend>
        {rubric.levels.map((level, i) => (
          // the whole card picks on click; the radio itself carries keyboard use and the accessible name
          <div
            key={level.id}
            className="rb-level"
            onClick={(e) => {
              // the radio and its label handle their own clicks (and fire onChange once)
              if (e.target instanceof Element && e.target.closest('input, label')) return
              if (pick !== i) setPick(doc, element.id, i)
            }}
          >
            <span className="rb-level-head">
              <input
                type="radio"
                id={radioId(element.id, i)}
                name={`rb-pick-${element.id}`}
                value={i}
                checked={pick === i}
                onChange={() => setPick(doc, element.id, i)}
                aria-describedby={`${radioId(element.id, i)}-text`}
              />
              <label className="rb-level-name" htmlFor={radioId(element.id, i)}>
                {level.label}
              </label>
            </span>
            <span className="rb-level-text" id={`${radioId(element.id, i)}-text`}>
              {levelDescription(rubric, element, i)}
            </span>
          </div>
        ))}
      </fieldset>
      {pick !== undefined && (
        <button type="button" className="rb-clear" onClick={() => setPick(doc, element.id, null)} aria-label={`Clear my pick for ${element.id}`}>
          Clear my pick
        </button>
      )}
      <LabelledYText
        text={text}
        label={`${rubric.evidenceLabel} for ${element.id}`}
        hint="No student names or other student-identifiable data."
        className="field rb-textfield"
        multiline
        rows={3}
      />
    </article>
  )
})
