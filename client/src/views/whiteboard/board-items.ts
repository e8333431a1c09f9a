/**
 * What the "Board contents" list shows: every note, text and geo shape on the current page, with
 * its plain text, in reading order (shared/domain/whiteboard/reading-order.ts). Drawings, arrows,
 * lines and images carry no text of their own: they are counted, so the list says they are there.
 */
import { renderPlaintextFromRichText, type Editor, type TLShape, type TLShapeId } from 'tldraw'
import { numberedNames, readingOrder } from '../../../../shared/domain/whiteboard/reading-order'

export type ListedType = 'note' | 'text' | 'geo'

export interface BoardItem {
  readonly id: TLShapeId
  readonly type: ListedType
  /** "Note 2", "Rectangle 1": the field's label, numbered in reading order */
  readonly name: string
  readonly text: string
  /** locked in tldraw (its lock action): the editor refuses edits, so the list does too */
  readonly locked: boolean
}

export interface BoardContentsState {
  readonly items: readonly BoardItem[]
  /** shapes the list cannot show as text, by kind ("drawing" → 3) */
  readonly others: Readonly<Record<string, number>>
}

const isListed = (type: string): type is ListedType => type === 'note' || type === 'text' || type === 'geo'

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ')

function kindOf(shape: TLShape): string {
  if (shape.type === 'note') return 'Note'
  if (shape.type === 'text') return 'Text'
  const geo: unknown = 'geo' in shape.props ? shape.props.geo : undefined
  return typeof geo === 'string' ? capitalised(geo) : 'Shape'
}

const OTHER_NAMES: Readonly<Record<string, string>> = { draw: 'drawing', highlight: 'highlight', arrow: 'arrow', line: 'line', image: 'image', video: 'video', frame: 'frame', group: 'group', embed: 'embed', bookmark: 'bookmark' }

function textOf(editor: Editor, shape: TLShape): string {
  if (!('richText' in shape.props)) return ''
  return renderPlaintextFromRichText(editor, shape.props.richText)
}

/** Read inside tldraw's reactive `useValue`, so the list follows every local and remote change. */
export function boardContents(editor: Editor): BoardContentsState {
  const listed: TLShape[] = []
  const others: Record<string, number> = {}
  for (const shape of editor.getCurrentPageShapes()) {
    if (isListed(shape.type)) listed.push(shape)
    else if (shape.type !== 'group') {
      const name = OTHER_NAMES[shape.type] ?? shape.type
      others[name] = (others[name] ?? 0) + 1
    }
  }
  const placed = listed.flatMap((shape) => {
    const b = editor.getShapePageBounds(shape)
    return b ? [{ id: shape.id, x: b.x, y: b.y, w: b.w, h: b.h }] : []
  })
  const byId = new Map(listed.map((s) => [s.id as string, s]))
  const ordered = readingOrder(placed).flatMap((id) => {
    const shape = byId.get(id)
    return shape ? [shape] : []
  })
  const names = numberedNames(ordered.map((s) => ({ id: s.id, kind: kindOf(s) })))
  const items = ordered.flatMap((shape): BoardItem[] => (isListed(shape.type) ? [{ id: shape.id, type: shape.type, name: names.get(shape.id) ?? kindOf(shape), text: textOf(editor, shape), locked: shape.isLocked }] : []))
  return { items, others }
}
