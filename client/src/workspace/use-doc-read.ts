/**
 * The one way a view reads a Y.Doc: `useDocRead(doc, read, { roots })` re-reads only when one of
 * the named roots changes (observeDeep on each), so a keystroke in SWOT does not re-read the
 * fishbones. Without `roots` it follows the whole document. A new `read` function re-reads too, so
 * hoist it or wrap it in useCallback with what it closes over.
 */
import { useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

interface DocStore<T> {
  subscribe(listener: () => void): () => void
  snapshot(read: (doc: Y.Doc) => T): T
}

function docStore<T>(doc: Y.Doc, roots: readonly string[] | undefined): DocStore<T> {
  let version = 0
  let cached: { version: number; read: (doc: Y.Doc) => T; value: T } | undefined
  return {
    subscribe(listener) {
      const bump = () => {
        version++
        listener()
      }
      if (!roots) {
        doc.on('update', bump)
        return () => doc.off('update', bump)
      }
      // every root the views read is a Y.Map (see shared/doc/schema.ts accessors)
      const types = roots.map((name) => doc.getMap(name))
      types.forEach((t) => t.observeDeep(bump))
      return () => types.forEach((t) => t.unobserveDeep(bump))
    },
    snapshot(read) {
      if (cached?.version !== version || cached.read !== read) cached = { version, read, value: read(doc) }
      return cached.value
    },
  }
}

export function useDocRead<T>(doc: Y.Doc, read: (doc: Y.Doc) => T, options: { readonly roots?: readonly string[] } = {}): T {
  const key = options.roots?.join('\n')
  // the store is keyed by the root names, not by the array's identity
  const store = useMemo(() => docStore<T>(doc, key === undefined ? undefined : key.split('\n')), [doc, key])
  return useSyncExternalStore(store.subscribe, () => store.snapshot(read))
}
