/**
 * The outline editor's tree (WAI-ARIA tree pattern, one tab stop, arrows to move between rows):
 * bones and their causes with their tags spelled out in words. Editing keys are handed to the
 * parent; causes can also be dragged onto a bone or another cause with the mouse.
 */
import { Fragment, useState, type DragEvent, type KeyboardEvent } from 'react'
import { CAUSE_TAGS } from '../../../../shared/content/fishbone'
import type { SystemicInfo } from '../../../../shared/domain/fishbone/systemic'
import type { Cause } from '../../../../shared/doc/fishbone-read'
import { isMoveAction, KEY_HELP, treeAction, type EditAction, type MoveAction } from './keys'
import type { OutlineRow } from './outline'

export const rowDomId = (key: string): string => `fb-row-${key.replace(':', '-')}`
const DRAG_TYPE = 'application/x-rootwork-cause'

interface Props {
  readonly rows: readonly OutlineRow[]
  readonly activeKey: string | undefined
  readonly collapsed: ReadonlySet<string>
  readonly readOnly: boolean
  readonly systemic: (cause: Cause) => SystemicInfo
  readonly onActive: (key: string) => void
  readonly onToggle: (key: string) => void
  readonly onEdit: (row: OutlineRow, action: EditAction) => void
  readonly onMove: (row: OutlineRow, action: MoveAction) => void
  readonly onDrop: (causeId: string, target: OutlineRow) => void
}

export function causeBadges(cause: Cause, systemic: boolean): string[] {
  const out: string[] = []
  if (cause.prioritised) out.push('Top cause')
  if (cause.kind) out.push(CAUSE_TAGS.kind.values[cause.kind])
  if (cause.actionable) out.push(CAUSE_TAGS.actionable.values[cause.actionable])
  if (cause.withinControl) out.push(CAUSE_TAGS.withinControl.values[cause.withinControl])
  if (systemic) out.push('Systemic')
  if (cause.practiceCode) out.push(`Practice ${cause.practiceCode}`)
  if (cause.needsEvidence) out.push('Needs evidence')
  return out
}

export function OutlineTree({ rows, activeKey, collapsed, readOnly, systemic, onActive, onToggle, onEdit, onMove, onDrop }: Props) {
  const [dropKey, setDropKey] = useState<string>()
  const focusRow = (key: string | undefined) => {
    if (key === undefined) return
    onActive(key)
    document.getElementById(rowDomId(key))?.focus()
  }
  const onKeyDown = (e: KeyboardEvent<HTMLElement>, row: OutlineRow, index: number) => {
    const action = treeAction(e)
    if (!action) return
    e.preventDefault()
    e.stopPropagation()
    if (isMoveAction(action)) {
      if (row.kind === 'cause' && !readOnly) onMove(row, action)
      return
    }
    switch (action) {
      case 'prev':
        return focusRow(rows[index - 1]?.key)
      case 'next':
        return focusRow(rows[index + 1]?.key)
      case 'first':
        return focusRow(rows[0]?.key)
      case 'last':
        return focusRow(rows[rows.length - 1]?.key)
      case 'collapse':
        return row.hasChildren && !collapsed.has(row.key) ? onToggle(row.key) : focusRow(row.parentKey)
      case 'expand':
        if (row.hasChildren && collapsed.has(row.key)) return onToggle(row.key)
        return row.hasChildren ? focusRow(rows[index + 1]?.key) : undefined
      default:
        return onEdit(row, action)
    }
  }
  const dragProps = (row: OutlineRow) =>
    readOnly
      ? {}
      : {
          draggable: row.kind === 'cause',
          onDragStart: (e: DragEvent) => {
            e.dataTransfer.setData(DRAG_TYPE, row.id)
            e.dataTransfer.effectAllowed = 'move'
          },
          onDragOver: (e: DragEvent) => {
            if (!e.dataTransfer.types.includes(DRAG_TYPE)) return
            e.preventDefault()
            setDropKey(row.key)
          },
          onDragLeave: () => setDropKey((k) => (k === row.key ? undefined : k)),
          onDrop: (e: DragEvent) => {
            e.preventDefault()
            setDropKey(undefined)
            const id = e.dataTransfer.getData(DRAG_TYPE)
            if (id && id !== row.id) onDrop(id, row)
          },
        }
  const tabKey = rows.some((r) => r.key === activeKey) ? activeKey : rows[0]?.key
  return (
    <div className="fb-tree-wrap">
      <ul role="tree" aria-label="Causes by bone" aria-describedby="fb-tree-help" className="fb-tree">
        {rows.map((row, i) => {
          const badges = row.kind === 'cause' ? causeBadges(row.cause, systemic(row.cause).systemic) : []
          return (
            <li
              key={row.key}
              id={rowDomId(row.key)}
              role="treeitem"
              aria-level={row.level}
              aria-posinset={row.posinset}
              aria-setsize={row.setsize}
              aria-expanded={row.hasChildren ? !collapsed.has(row.key) : undefined}
              aria-selected={row.key === activeKey}
              tabIndex={row.key === tabKey ? 0 : -1}
              className={`fb-row fb-${row.kind}${row.key === dropKey ? ' fb-drop' : ''}`}
              style={{ paddingLeft: `${0.5 + (row.level - 1) * 1.25}rem` }}
              data-bone-id={row.boneId}
              {...(row.kind === 'cause' && { 'data-cause-id': row.id })}
              onKeyDown={(e) => onKeyDown(e, row, i)}
              onClick={() => onActive(row.key)}
              onFocus={() => row.key !== activeKey && onActive(row.key)}
              onDoubleClick={() => onEdit(row, 'activate')}
              {...dragProps(row)}
            >
              {row.hasChildren && <span aria-hidden="true" className="fb-twisty">{collapsed.has(row.key) ? '▸' : '▾'}</span>}
              {row.kind === 'bone' ? (
                <>
                  <span className="fb-bone-label">{row.label || 'Unnamed bone'}</span>{' '}
                  <span className="muted small">
                    ({row.causeCount} {row.causeCount === 1 ? 'cause' : 'causes'})
                  </span>
                </>
              ) : (
                <>
                  <span className={row.cause.text.trim() ? 'fb-cause-text' : 'fb-cause-text empty'}>{row.cause.text.trim() || 'Empty cause'}</span>
                  {badges.map((b) => (
                    <Fragment key={b}>
                      {' '}
                      <span className={`fb-badge${b === 'Needs evidence' ? ' fb-badge-warn' : ''}`}>{b}</span>
                    </Fragment>
                  ))}
                </>
              )}
            </li>
          )
        })}
      </ul>
      <details className="fb-keys" id="fb-tree-help">
        <summary>Keyboard</summary>
        <dl>
          {KEY_HELP.map(([keys, what]) => (
            <div key={keys}>
              <dt>{keys}</dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  )
}
