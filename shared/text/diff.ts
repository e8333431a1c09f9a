/**
 * The smallest single edit (common start and end kept) that turns one text into another, never
 * splitting a surrogate pair: what a text field binding and every "replace this text" mutation
 * write, so concurrent typing elsewhere in the same text survives.
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
