/**
 * One SWOT item: its statement and evidence (both live Y.Texts), badges that say in words what needs
 * attention, its author's initials (never in anonymous mode), and a "⋯" menu for the rarer actions.
 * Compact on purpose: the whole 2×2 has to fit on a laptop screen. The handle moves it by mouse
 * (drag) or keyboard (Alt+Arrow keys); weaknesses and threats open a fishbone of root causes.
 */
import { useId, type DragEvent, type KeyboardEvent } from 'react'
import { NEEDS_EVIDENCE_LABEL } from '../../../../shared/content/swot-prompts'
import { swotItemText } from '../../../../shared/doc/swot'
import type { SwotItem } from '../../../../shared/doc/swot-read'
import { navigate } from '../../router'
import { YTextField } from '../../ui/YTextField'
import { DRAG_TYPE, SINGULAR, itemLabel, useBoard } from './board-context'
import { DotControls } from './DotControls'
import { ItemMenu, ItemMenuButton, useItemMenu } from './ItemMenu'
import { KEY_DIRECTIONS } from './keyboard-move'

interface Props {
  readonly item: SwotItem
  readonly index: number
  readonly moveHelpId: string
}

export function ItemCard({ item, index, moveHelpId }: Props) {
  const b = useBoard()
  const ids = useId()
  const label = itemLabel(item, index)
  const short = `${SINGULAR[item.quadrant]} ${index + 1}`
  const menu = useItemMenu()
  const text = swotItemText(b.doc, b.boardId, item.id, 'text')
  const evidence = swotItemText(b.doc, b.boardId, item.id, 'evidence')
  const author = !b.anonymous && item.authorId !== undefined ? (b.names.get(item.authorId) ?? 'a former member') : undefined

  const onHandleKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const direction = KEY_DIRECTIONS[e.key]
    if (!e.altKey || !direction) return
    e.preventDefault()
    b.moveByKey(item, direction)
  }
  const onDragStart = (e: DragEvent<HTMLButtonElement>) => {
    e.dataTransfer.setData(DRAG_TYPE, item.id)
    e.dataTransfer.effectAllowed = 'move'
  }
  const onDrop = (e: DragEvent<HTMLLIElement>) => {
    const dragged = e.dataTransfer.getData(DRAG_TYPE)
    if (!dragged) return
    e.preventDefault()
    e.stopPropagation()
    const box = e.currentTarget.getBoundingClientRect()
    const after = e.clientY > box.top + box.height / 2
    b.drop(dragged, item.quadrant, index + (after ? 1 : 0))
  }

  return (
    <li
      className={`swot-item note${menu.open ? ' menu-open' : ''}`}
      data-item-id={item.id}
      aria-labelledby={`${ids}-name`}
      onDragOver={(e) => e.dataTransfer.types.includes(DRAG_TYPE) && e.preventDefault()}
      onDrop={onDrop}
    >
      <div className="swot-item-head">
        {b.canEdit && (
          <button
            type="button"
            className="swot-handle"
            draggable
            onDragStart={onDragStart}
            onKeyDown={onHandleKey}
            aria-label={`Move ${label}`}
            aria-describedby={moveHelpId}
            data-focus={`${item.id}:handle`}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
        <span id={`${ids}-name`} className="swot-item-name">
          {short}
        </span>
        {item.needsEvidence && <span className="swot-badge warn">⚠ {NEEDS_EVIDENCE_LABEL}</span>}
        {b.top.has(item.id) && <span className="swot-badge top">★ Top priority</span>}
        {item.source?.kind === 'brainstorm' && <span className="swot-badge">From brainstorm</span>}
        {item.fishboneIds.map((f, i) => (
          <a
            key={f}
            className="swot-badge"
            href={`/w/${b.workspaceId}/fishbone?f=${encodeURIComponent(f)}`}
            onClick={(e) => {
              e.preventDefault()
              navigate(`/w/${b.workspaceId}/fishbone?f=${encodeURIComponent(f)}`)
            }}
          >
            Open fishbone{item.fishboneIds.length > 1 ? ` ${i + 1}` : ''}
          </a>
        ))}
        {author && <AuthorChip name={author} />}
      </div>
      {text && <YTextField multiline text={text} label={short} readOnly={!b.canEdit} focusKey={`${item.id}:text`} placeholder="Describe it in one sentence" />}
      {evidence && (
        <YTextField
          multiline
          text={evidence}
          label={`Evidence for ${short.toLowerCase()}`}
          readOnly={!b.canEdit}
          rows={1}
          className="swot-evidence"
          placeholder="+ Evidence (data source, result, observation)"
        />
      )}
      {/* after the text in tab order (handle → text → evidence → ⋯), drawn in the card's top-right corner */}
      {(b.canEdit || item.evidenceLink) && <ItemMenuButton open={menu.open} onToggle={menu.toggle} label={short} menuId={menu.menuId} />}
      {menu.open && <ItemMenu item={item} label={label} shortLabel={short} menuId={menu.menuId} onClose={menu.close} />}
      {b.vote && b.canEdit && <DotControls item={item} label={label} />}
    </li>
  )
}

/** Initials and a stable colour for the author (named mode only); the full name is in the text, so colour is never the only signal. */
function AuthorChip({ name }: { readonly name: string }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('')
  const hue = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 7)
  return (
    <span className="swot-author" title={`Added by ${name}`} style={{ ['--author-hue' as string]: hue }}>
      <span aria-hidden="true">{initials}</span>
      <span className="visually-hidden">Added by {name}</span>
    </span>
  )
}
