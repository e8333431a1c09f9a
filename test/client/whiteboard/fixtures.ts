/**
 * Test fixtures for the whiteboard binding: in-memory Y.Docs with fixed client ids wired together
 * (updates queued so no observer re-enters another), tldraw stores as the editor would create them,
 * and a rectangle shape.
 */
import {
  createShapeId,
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  toRichText,
  type IndexKey,
  type TLGeoShape,
  type TLStore,
} from 'tldraw'
import * as Y from 'yjs'
import { DEFAULT_PAGE_ID } from '../../../client/src/views/whiteboard/records'

export function docWithClientId(clientID: number): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = clientID
  return doc
}

/** Live-sync docs (full state exchanged first, as a provider does); returns the disconnect. */
export function link(...docs: Y.Doc[]): () => void {
  const queue: Array<{ to: Y.Doc; update: Uint8Array }> = []
  let flushing = false
  const flush = () => {
    if (flushing) return
    flushing = true
    try {
      for (let next = queue.shift(); next; next = queue.shift()) Y.applyUpdate(next.to, next.update, 'remote')
    } finally {
      flushing = false
    }
  }
  const offs = docs.map((from) => {
    const forward = (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return
      for (const to of docs) if (to !== from) queue.push({ to, update })
      flush()
    }
    from.on('update', forward)
    return () => from.off('update', forward)
  })
  for (const from of docs) {
    for (const to of docs) if (to !== from) queue.push({ to, update: Y.encodeStateAsUpdate(from) })
  }
  flush()
  return () => offs.forEach((off) => off())
}

/** Counts transactions this doc made itself that changed something (i.e. writes it would send). */
export function countLocalWrites(doc: Y.Doc): { readonly count: number } {
  const counter = { count: 0 }
  doc.on('update', (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
    if (tr.local) counter.count++
  })
  return counter
}

export function newStore(): TLStore {
  return createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils })
}

export function rectangle(name: string, x = 0): TLGeoShape {
  return {
    id: createShapeId(name),
    typeName: 'shape',
    type: 'geo',
    parentId: DEFAULT_PAGE_ID,
    index: 'a1' as IndexKey,
    x,
    y: 0,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      w: 100, h: 80, geo: 'rectangle', dash: 'draw', growY: 0, url: '', scale: 1, color: 'black',
      labelColor: 'black', fill: 'none', size: 'm', font: 'draw', align: 'middle',
      verticalAlign: 'middle', richText: toRichText(''),
    },
  }
}
