/**
 * A client that holds nothing of a document yet says so on its socket URL (`?holds=nothing`), and
 * the server sends it the whole state at once instead of waiting for it to ask. When the document
 * is not loaded yet and its stored log is one compacted row, that row goes out as soon as it is
 * read, before the server has built its own copy — the first person to open a large board after a
 * restart sees it about as fast as the bytes travel, not after the server has decoded them. The
 * client's sync step 1 that follows is answered with what changed since. It is only a hint: a
 * client that says it and holds something after all is still answered with what it lacks, and a
 * client that does not say it is served exactly as a stock provider expects.
 */
import type * as Y from 'yjs'

export const FRESH_CLIENT = { param: 'holds', value: 'nothing' } as const

/** true for a document that holds no update at all (its state vector is empty) */
export const holdsNothing = (doc: Y.Doc): boolean => doc.store.clients.size === 0

/** `params` with the hint set when `doc` holds nothing, and without it otherwise */
export function withFreshHint(params: Readonly<Record<string, string>>, doc: Y.Doc): Record<string, string> {
  const { [FRESH_CLIENT.param]: _old, ...rest } = params
  return holdsNothing(doc) ? { ...rest, [FRESH_CLIENT.param]: FRESH_CLIENT.value } : rest
}
