/**
 * Pure helpers for binding a text field to a Y.Text: the single edit that turns one string into
 * another (what a keystroke, paste or autocorrect did), and where a caret lands after a remote delta.
 */

export interface TextEdit {
  readonly index: number
  readonly remove: number
  readonly insert: string
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/** The smallest single replace (common prefix and suffix kept); null when nothing changed. */
export function diffText(before: string, after: string): TextEdit | null {
  if (before === after) return null
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  // never split a surrogate pair: an emoji is replaced whole
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--
  let end = 0
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) }
}

/** One entry of a Y.Text delta (the shape `YTextEvent.delta` has). */
export interface DeltaOp {
  readonly retain?: number
  readonly insert?: string | object
  readonly delete?: number
}

/**
 * Moves a caret index through a remote change. Text inserted exactly at the caret goes after it,
 * so a person typing keeps typing where they were while someone else types at the same spot.
 */
export function transformIndex(index: number, delta: readonly DeltaOp[]): number {
  let pos = 0
  let out = index
  for (const op of delta) {
    if (op.retain !== undefined) pos += op.retain
    else if (op.insert !== undefined) {
      if (pos < index) out += typeof op.insert === 'string' ? op.insert.length : 1
    } else if (op.delete !== undefined) {
      if (pos < index) out -= Math.min(op.delete, index - pos)
      pos += op.delete
    }
  }
  return Math.max(0, out)
}
