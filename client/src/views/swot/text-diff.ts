/**
 * The two pure halves of binding a textarea to a Y.Text: the smallest edit that turns the old value
 * into the new one (so concurrent typing merges instead of replacing), and where a caret goes when a
 * remote edit lands (so it stays put relative to the text around it).
 */

export interface TextEdit {
  readonly index: number
  readonly remove: number
  readonly insert: string
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/**
 * `caret` (the selection end after the edit) disambiguates repeated characters: text after the
 * caret was not typed, so the unchanged suffix may not reach into it. Never splits a surrogate pair.
 */
export function diffText(before: string, after: string, caret?: number): TextEdit {
  let maxSuffix = Math.min(before.length, after.length)
  if (caret !== undefined) maxSuffix = Math.min(maxSuffix, Math.max(0, after.length - caret))
  let suffix = 0
  while (suffix < maxSuffix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++
  if (suffix > 0 && isLow(after.charCodeAt(after.length - suffix))) suffix--
  const maxPrefix = Math.min(before.length, after.length) - suffix
  let prefix = 0
  while (prefix < maxPrefix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  if (prefix > 0 && isHigh(before.charCodeAt(prefix - 1))) prefix--
  return { index: prefix, remove: before.length - suffix - prefix, insert: after.slice(prefix, after.length - suffix) }
}

/** A Yjs text delta: retain / insert / delete runs from the start of the text. */
export type TextDelta = readonly { readonly retain?: number; readonly insert?: unknown; readonly delete?: number }[]

/** Where `index` ends up after `delta`; an insert exactly at the caret lands after it (the caret stays). */
export function transformIndex(index: number, delta: TextDelta): number {
  let oldPos = 0
  let shift = 0
  for (const op of delta) {
    if (oldPos > index) break
    if (op.retain !== undefined) oldPos += op.retain
    else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1
      if (oldPos < index) shift += length
    } else if (op.delete !== undefined) {
      if (oldPos < index) shift -= Math.min(op.delete, index - oldPos)
      oldPos += op.delete
    }
  }
  return index + shift
}
