/**
 * The less frequent actions on one SWOT card (evidence link, find root causes, delete) behind a small
 * "⋯" button, so a card stays one title and one evidence line tall and the 2×2 fits on a laptop
 * screen. A real button with aria-expanded: keyboard, touch and screen readers reach it the same way;
 * Escape closes it and returns focus to the button.
 */
import { useId, useState } from 'react'
import { QUADRANT_INFO, type SwotQuadrant } from '../../../../shared/content/swot-prompts'
import type { SwotItem } from '../../../../shared/doc/swot-read'
import { useBoard } from './board-context'
import { EvidenceLink } from './EvidenceLink'

const ROOT_CAUSE_QUADRANTS: readonly string[] = ['weaknesses', 'threats']

interface Props {
  readonly item: SwotItem
  /** e.g. "Weakness 1: Low math scores" */
  readonly label: string
  /** e.g. "Weakness 1" */
  readonly shortLabel: string
}

export function ItemMenuButton({
  open,
  onToggle,
  label,
  menuId,
}: {
  readonly open: boolean
  readonly onToggle: () => void
  readonly label: string
  readonly menuId: string
}) {
  return (
    <button
      type="button"
      className="swot-menu-button"
      aria-expanded={open}
      aria-controls={open ? menuId : undefined}
      aria-label={`More actions for ${label}`}
      onClick={onToggle}
    >
      <span aria-hidden="true">⋯</span>
    </button>
  )
}

export function useItemMenu() {
  const [open, setOpen] = useState(false)
  const menuId = useId()
  return { open, menuId, toggle: () => setOpen((o) => !o), close: () => setOpen(false) }
}

export function ItemMenu({ item, label, shortLabel, menuId, onClose }: Props & { readonly menuId: string; readonly onClose: () => void }) {
  const b = useBoard()
  return (
    <div
      id={menuId}
      className="swot-item-menu"
      role="group"
      aria-label={`Actions for ${shortLabel}`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return
        e.stopPropagation()
        const button = e.currentTarget.closest('.swot-item')?.querySelector<HTMLButtonElement>('.swot-menu-button')
        onClose()
        button?.focus()
      }}
    >
      <EvidenceLink item={item} label={shortLabel} />
      {b.canEdit && <MoveButtons item={item} label={label} />}
      <div className="row swot-item-actions">
        {b.canEdit && ROOT_CAUSE_QUADRANTS.includes(item.quadrant) && (
          <button type="button" onClick={() => b.findRootCauses(item)} aria-label={`Find root causes of ${label}`}>
            Find root causes
          </button>
        )}
        {b.canEdit && (
          <button type="button" className="danger" onClick={() => b.remove(item, label)} aria-label={`Delete ${label}`}>
            Delete
          </button>
        )}
      </div>
    </div>
  )
}

const QUADRANT_ORDER: readonly SwotQuadrant[] = ['strengths', 'weaknesses', 'opportunities', 'threats']

/** Moves without dragging or Alt+Arrow keys: what a tablet (touch, no keyboard) uses. */
function MoveButtons({ item, label }: { readonly item: SwotItem; readonly label: string }) {
  const b = useBoard()
  return (
    <div className="row swot-item-actions" role="group" aria-label={`Move ${label}`}>
      <button type="button" onClick={() => b.moveByKey(item, 'up')} aria-label={`Move ${label} up`}>
        ↑ Up
      </button>
      <button type="button" onClick={() => b.moveByKey(item, 'down')} aria-label={`Move ${label} down`}>
        ↓ Down
      </button>
      {QUADRANT_ORDER.filter((q) => q !== item.quadrant).map((q) => (
        <button key={q} type="button" onClick={() => b.moveTo(item, q)} aria-label={`Move ${label} to ${QUADRANT_INFO[q].label}`}>
          → {QUADRANT_INFO[q].label}
        </button>
      ))}
    </div>
  )
}
