/**
 * Documents are stored under keys `<workspace>/<name>`, and the log's primary key starts with that
 * key, so "every row of this workspace" is one range of the index: keys from `prefix` up to, not
 * including, the first string after every string that starts with it. Asked as
 * `substr(doc, 1, length(?)) = ?` instead, SQLite read every row of every workspace: ~120 ms with
 * a million rows, on the event loop, each time a workspace's quota usage was refreshed.
 */

const MAX_CODE_POINT = 0x10ffff
const SURROGATES = { first: 0xd800, last: 0xdfff } as const

/**
 * The least string greater than every string that starts with `prefix`, in code point order (which
 * is SQLite's BINARY order of UTF-8 text); undefined when no string bounds them (the empty prefix,
 * or one made only of U+10FFFF).
 */
export function prefixUpperBound(prefix: string): string | undefined {
  const points = Array.from(prefix, (c) => c.codePointAt(0)!)
  while (points.at(-1) === MAX_CODE_POINT) points.pop()
  const last = points.pop()
  if (last === undefined) return undefined
  const next = last + 1 === SURROGATES.first ? SURROGATES.last + 1 : last + 1
  return String.fromCodePoint(...points, next)
}
