/**
 * A server-side change as one update: `fn` runs on a scratch copy of the document, and what it
 * changed comes back to be submitted through the same path as a client's update (undefined when
 * it changed nothing).
 */
import * as Y from 'yjs'
import { ORIGINS } from '../../shared/doc/origin'

export function serverChange(doc: Y.Doc, fn: (doc: Y.Doc) => void): Uint8Array | undefined {
  const scratch = new Y.Doc({ gc: true })
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc))
  const updates: Uint8Array[] = []
  scratch.on('update', (u: Uint8Array) => updates.push(u))
  scratch.transact(() => fn(scratch), ORIGINS.server)
  scratch.destroy()
  return updates.length === 0 ? undefined : Y.mergeUpdates(updates)
}
