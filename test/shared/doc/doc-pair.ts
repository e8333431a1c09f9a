/**
 * Two in-memory board documents with fixed clientIDs, relaying updates while online. `offline()`
 * lets both sides edit "at once"; `online()` exchanges what each missed, as a reconnect would.
 */
import * as Y from 'yjs'

export interface DocPair {
  readonly a: Y.Doc
  readonly b: Y.Doc
  offline(): void
  online(): void
}

export function docPair(): DocPair {
  const a = new Y.Doc()
  a.clientID = 1
  const b = new Y.Doc()
  b.clientID = 2
  let connected = true
  const relay = (from: Y.Doc, to: Y.Doc): void => {
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (connected && origin !== 'relay') Y.applyUpdate(to, update, 'relay')
    })
  }
  relay(a, b)
  relay(b, a)
  return {
    a,
    b,
    offline: () => {
      connected = false
    },
    online: () => {
      connected = true
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'relay')
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'relay')
    },
  }
}

/** Unwraps a Result in tests, failing loudly with its error. */
export function must<T>(r: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`)
  return r.value
}
