/**
 * The keyboard path onto the canvas (WCAG 2.1.1): a note, a text or a rectangle created at the
 * centre of what this person sees (or the nearest free place beside it), selected, one undo step. Its text is then edited from the
 * "Board contents" list; every change is an ordinary editor change, so it syncs like any other.
 */
import { Box, createShapeId, toRichText, type Editor, type TLShapeId } from 'tldraw'

export const ADDABLE = {
  note: { label: 'Add note' },
  text: { label: 'Add text' },
  rectangle: { label: 'Add rectangle' },
} as const
export type AddableKind = keyof typeof ADDABLE

/** tldraw's note is 200 px square; a rectangle gets a label-friendly size, a text grows with its content */
const SIZE = { note: { w: 200, h: 200 }, text: { w: 120, h: 40 }, rectangle: { w: 200, h: 120 } } as const satisfies Record<AddableKind, { w: number; h: number }>

/** the centre, else the nearest free place one grid step away (right, left, below, above, corners) */
const STEPS = [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [-1, 1], [1, -1], [-1, -1]] as const

function freeSpot(editor: Editor, w: number, h: number): { x: number; y: number } {
  const centre = editor.getViewportPageBounds().center
  const taken = editor.getCurrentPageShapes().flatMap((s) => editor.getShapePageBounds(s) ?? [])
  // a step as large as the largest shape this adds, so a small text clears a note beside it
  const step = 216
  for (const [dx, dy] of STEPS) {
    const at = { x: centre.x - w / 2 + dx * step, y: centre.y - h / 2 + dy * step }
    const box = new Box(at.x, at.y, w, h)
    if (!taken.some((t) => Box.Collides(t, box))) return at
  }
  // a crowded middle: on top, at the centre, where the person is looking
  return { x: centre.x - w / 2, y: centre.y - h / 2 }
}

export function addShapeAtCentre(editor: Editor, kind: AddableKind): TLShapeId {
  const id = createShapeId()
  const { w, h } = SIZE[kind]
  const at = freeSpot(editor, w, h)
  editor.markHistoryStoppingPoint(`add ${kind}`)
  if (kind === 'note') editor.createShape({ id, type: 'note', ...at, props: { richText: toRichText('') } })
  else if (kind === 'text') editor.createShape({ id, type: 'text', ...at, props: { richText: toRichText('') } })
  else editor.createShape({ id, type: 'geo', ...at, props: { geo: 'rectangle', w, h, richText: toRichText('') } })
  editor.select(id)
  return id
}

/** A plain-text edit from the list: one paragraph per line, as tldraw itself stores typed text. */
export function setShapeText(editor: Editor, id: TLShapeId, text: string): void {
  const shape = editor.getShape(id)
  if (!shape || !('richText' in shape.props)) return
  editor.updateShape({ id, type: shape.type, props: { richText: toRichText(text) } })
}
