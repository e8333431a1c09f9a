/**
 * The two pure halves of binding a text field to a Y.Text: the smallest edit that turns the old value
 * into the new one (so concurrent typing merges instead of replacing), and where a caret goes when a
 * remote edit lands (so it stays next to the text it was next to).
 */

export interface TextEdit {
  readonly index: number
  readonly remove: number
  readonly insert: string
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/** Length of the common start, at most `max`, never ending between the halves of a surrogate pair. */
function prefixLength(a: string, b: string, max: number): number {
  let n = 0
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++
  return n > 0 && isHigh(a.charCodeAt(n - 1)) ? n - 1 : n
}

/** Length of the common end, at most `max`, never starting between the halves of a surrogate pair. */
function suffixLength(a: string, b: string, max: number): number {
  let n = 0
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++
  return n > 0 && isLow(a.charCodeAt(a.length - n)) ? n - 1 : n
}

/**
 * The single replace (common start and end kept) that turns `before` into `after`; null when nothing
 * changed. `caret` (the selection end after the edit) disambiguates repeated characters: text after
 * the caret was not typed, so the kept end may not reach into it. Without a caret the kept start wins.
 */
export function diffText(before: string, after: string, caret?: number): TextEdit | null {
  if (before === after) return null
  const common = Math.min(before.length, after.length)
  let prefix: number
  let suffix: number
  if (caret === undefined) {
    prefix = prefixLength(before, after, common)
    suffix = suffixLength(before, after, common - prefix)
  } else {
    suffix = suffixLength(before, after, Math.min(common, Math.max(0, after.length - caret)))
    prefix = prefixLength(before, after, common - suffix)
  }
  return { index: prefix, remove: before.length - suffix - prefix, insert: after.slice(prefix, after.length - suffix) }
}

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
