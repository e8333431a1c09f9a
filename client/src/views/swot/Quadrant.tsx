/**
 * One quadrant of the grid: heading with an add button, the hint that says what belongs here, and
 * its items in order (the list scrolls inside the quadrant so all four stay on screen). Dropping a dragged item on the list's empty space puts it last.
 */
import { useId } from 'react'
import { QUADRANT_INFO, type SwotQuadrant } from '../../../../shared/content/swot-prompts'
import type { SwotItem } from '../../../../shared/doc/swot-read'
import { DRAG_TYPE, SINGULAR, useBoard } from './board-context'
import { ItemCard } from './ItemCard'

interface Props {
  readonly quadrant: SwotQuadrant
  /** every item in the quadrant, in order */
  readonly items: readonly SwotItem[]
  /** the facilitator's "needs evidence only" filter */
  readonly needsEvidenceOnly: boolean
  readonly moveHelpId: string
}

export function Quadrant({ quadrant, items, needsEvidenceOnly, moveHelpId }: Props) {
  const b = useBoard()
  const total = items.length
  const shown = needsEvidenceOnly ? items.filter((i) => i.needsEvidence) : items
  const filtered = needsEvidenceOnly && total > 0
  const info = QUADRANT_INFO[quadrant]
  const id = useId()
  const article = quadrant === 'opportunities' ? 'an' : 'a'
  return (
    <section className={`swot-quadrant q-${quadrant}`} aria-labelledby={`${id}-h`} data-quadrant={quadrant}>
      <div className="swot-quadrant-head">
        <h3 id={`${id}-h`}>
          {info.label} <span className="muted small">({total})</span>
        </h3>
        {b.canEdit && (
          <button type="button" onClick={() => b.add(quadrant)} data-focus={`${quadrant}:add`}>
            + Add {article} {SINGULAR[quadrant].toLowerCase()}
          </button>
        )}
      </div>
      {/* once the quadrant has items the hint is for screen readers only: the 2×2 must fit one screen */}
      <p className={shown.length === 0 ? 'hint small' : 'visually-hidden'}>
        {info.hint}{' '}
        <span className="muted">
          ({info.origin}, {info.effect})
        </span>
      </p>
      {shown.length === 0 ? (
        <p
          className="empty-state small swot-drop-empty"
          onDragOver={(e) => e.dataTransfer.types.includes(DRAG_TYPE) && e.preventDefault()}
          onDrop={(e) => {
            const dragged = e.dataTransfer.getData(DRAG_TYPE)
            if (dragged) b.drop(dragged, quadrant, total)
          }}
        >
          {filtered
            ? 'Every item here has evidence.'
            : b.canEdit
              ? `No ${info.label.toLowerCase()} yet. Add one, or drag an item here.`
              : `No ${info.label.toLowerCase()} yet.`}
        </p>
      ) : (
        <ol
          className="swot-items"
          onDragOver={(e) => e.dataTransfer.types.includes(DRAG_TYPE) && e.preventDefault()}
          onDrop={(e) => {
            const dragged = e.dataTransfer.getData(DRAG_TYPE)
            if (dragged) b.drop(dragged, quadrant, total)
          }}
        >
          {shown.map((item) => (
            // numbered by position in the whole quadrant: filtering hides items, it never renumbers them
            <ItemCard key={item.id} item={item} index={items.indexOf(item)} moveHelpId={moveHelpId} />
          ))}
        </ol>
      )}
    </section>
  )
}
