/**
 * The two pure halves of binding a text field to a Y.Text: the smallest edit that turns the old value
 * into the new one (so concurrent typing merges instead of replacing), and where a caret goes when a
 * remote edit lands (so it stays next to the text it was next to).
 */

export { diffText, type TextEdit } from '../../../shared/text/diff'

/** One run of a Yjs text delta (the shape `YTextEvent.delta` has): retain, insert or delete. */
export interface DeltaOp {
  readonly retain?: number
  readonly insert?: unknown
  readonly delete?: number
}
export type TextDelta = readonly DeltaOp[]

/**
 * Where caret `index` (in the old text) ends up after `delta`. Text inserted exactly at the caret goes
 * after it, so a person keeps typing where they were while someone else types at the same spot.
 */
export function transformIndex(index: number, delta: TextDelta): number {
  let pos = 0
  let out = index
  for (const op of delta) {
    if (pos >= index) break // nothing from here on can move the caret
    if (op.retain !== undefined) pos += op.retain
    else if (op.insert !== undefined) out += typeof op.insert === 'string' ? op.insert.length : 1
    else if (op.delete !== undefined) {
      out -= Math.min(op.delete, index - pos)
      pos += op.delete
    }
  }
  return Math.max(0, out)
}
