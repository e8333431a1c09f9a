/**
 * One SWOT item: its statement and evidence (both live Y.Texts), badges that say in words what needs
 * attention, its author (never in anonymous mode), and its actions. The handle moves it by mouse
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
import { EvidenceLink } from './EvidenceLink'
import { KEY_DIRECTIONS } from './keyboard-move'

interface Props {
  readonly item: SwotItem
  readonly index: number
  readonly moveHelpId: string
}

const ROOT_CAUSE_QUADRANTS: readonly string[] = ['weaknesses', 'threats']

export function ItemCard({ item, index, moveHelpId }: Props) {
  const b = useBoard()
  const ids = useId()
  const label = itemLabel(item, index)
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
      className="swot-item"
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
          {SINGULAR[item.quadrant]} {index + 1}
        </span>
        {item.needsEvidence && <span className="swot-badge warn">⚠ {NEEDS_EVIDENCE_LABEL}</span>}
        {b.top.has(item.id) && <span className="swot-badge top">★ Top priority</span>}
        {item.source?.kind === 'brainstorm' && <span className="swot-badge">From brainstorm</span>}
      </div>
      {text && <YTextField multiline text={text} label={`${SINGULAR[item.quadrant]} ${index + 1}`} readOnly={!b.canEdit} focusKey={`${item.id}:text`} placeholder="Describe it in one sentence" />}
      {evidence && (
        <YTextField
          multiline
          text={evidence}
          label={`Evidence for ${SINGULAR[item.quadrant].toLowerCase()} ${index + 1}`}
          readOnly={!b.canEdit}
          rows={1}
          className="swot-evidence"
          placeholder="What’s the evidence? (data source, result, observation)"
        />
      )}
      <EvidenceLink item={item} label={`${SINGULAR[item.quadrant]} ${index + 1}`} />
      {author && <p className="swot-author small muted">Added by {author}</p>}
      <div className="swot-item-actions row">
        {item.fishboneIds.map((f, i) => (
          <a
            key={f}
            href={`/w/${b.workspaceId}/fishbone?f=${encodeURIComponent(f)}`}
            onClick={(e) => {
              e.preventDefault()
              navigate(`/w/${b.workspaceId}/fishbone?f=${encodeURIComponent(f)}`)
            }}
          >
            Open fishbone{item.fishboneIds.length > 1 ? ` ${i + 1}` : ''}
          </a>
        ))}
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
      {b.vote && b.canEdit && <DotControls item={item} label={label} />}
    </li>
  )
}
