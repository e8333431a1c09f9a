/**
 * Binds a tldraw store to the workspace's whiteboard Y.Doc, both ways, until the returned disposer
 * runs. The doc is the source of truth at bind time; a read-only binding never writes to the doc.
 * A local change too large for the connection's frame limit never enters the doc: it is reverted
 * in the store and the person is told why.
 */
import type { RecordsDiff, TLRecord, TLStore } from 'tldraw'
import type * as Y from 'yjs'
import { ORIGINS } from '../../../../shared/doc/origin'
import { whiteboardRecords } from '../../../../shared/doc/schema'
import { frameGuardOf, tooLargeMessage } from '../../workspace/frame-guard'
import { encodedEntrySize, planFrames } from './fit-frames'
import { keyValueOf, latestEntries, observeAsReader, observeAsWriter, type RemoteChanges } from './kv'
import { documentRecords, isDocumentScoped, parseRemoteRecord, seedRecords } from './records'

export interface BindOptions {
  /** observers: the store follows the doc, nothing flows back */
  readonly readOnly: boolean
}

/*
 * Initial load: the doc is the source of truth at bind time. Whatever it holds replaces the store's
 * document records; later updates stream in as remote changes. An empty doc is seeded by writers
 * with tldraw's fixed-id default document and page, so two fresh clients seeding at once write
 * identical keys and values. Bind only after the provider's first sync (WhiteboardView waits for
 * it): an unsynced doc looks empty, and its seed could overwrite a renamed stored page.
 */
export function bindStoreToYDoc(store: TLStore, doc: Y.Doc, { readOnly }: BindOptions): () => void {
  const yarray = whiteboardRecords(doc)
  const kv = readOnly ? null : keyValueOf(yarray)

  if (kv && yarray.length === 0) {
    doc.transact(() => {
      for (const record of seedRecords()) kv.set(record.id, record)
    }, ORIGINS.localUser)
  }
  replaceDocumentRecords(store, latestEntries(yarray))

  const applyRemote = (changes: RemoteChanges) => applyRemoteChanges(store, changes)
  const disposers: Array<() => void> = []
  if (kv) {
    disposers.push(observeAsWriter(kv, applyRemote))
    disposers.push(
      store.listen(
        ({ changes }) => {
          const writes = [...Object.values(changes.added), ...Object.values(changes.updated).map(([, to]) => to)]
          const guard = frameGuardOf(doc)
          const plan = guard ? planFrames(writes, (r) => encodedEntrySize(r.id, r), guard.editBudget) : { ok: true as const, batches: [writes] }
          if (!plan.ok) {
            guard?.refuse(tooLargeMessage(`This ${plan.tooLarge.record.typeName}`, plan.tooLarge.bytes, guard.editBudget))
            // listeners run as the store flushes its history; revert once that is done
            queueMicrotask(() => revert(store, changes))
            return
          }
          // one transaction per store change (a drag, a multi-delete is one Yjs update), unless
          // it is too large for one frame: then one per frame-sized batch
          plan.batches.forEach((batch, i) => {
            doc.transact(() => {
              for (const record of batch) kv.set(record.id, record)
              if (i === 0) for (const record of Object.values(changes.removed)) kv.delete(record.id)
            }, ORIGINS.localUser)
          })
          if (plan.batches.length === 0) {
            doc.transact(() => {
              for (const record of Object.values(changes.removed)) kv.delete(record.id)
            }, ORIGINS.localUser)
          }
        },
        // remote merges and session state (camera, selection) never go back into the doc
        { source: 'user', scope: 'document' },
      ),
    )
  } else {
    disposers.push(observeAsReader(yarray, applyRemote))
  }
  return () => {
    for (const dispose of disposers.splice(0)) dispose()
  }
}

/** Undoes a local change in the store only (as a remote merge, so it is not written back). */
function revert(store: TLStore, changes: RecordsDiff<TLRecord>): void {
  store.mergeRemoteChanges(() => {
    const added = Object.values(changes.added).map((r) => r.id)
    if (added.length > 0) store.remove(added)
    const restore = [...Object.values(changes.updated).map(([from]) => from), ...Object.values(changes.removed)]
    if (restore.length > 0) store.put(restore)
  })
}

function replaceDocumentRecords(store: TLStore, entries: ReadonlyMap<string, { val: unknown }>): void {
  const incoming: TLRecord[] = []
  entries.forEach((entry, key) => {
    const record = parseRemoteRecord(store, key, entry.val)
    if (record) incoming.push(record)
  })
  const keep = new Set(incoming.map((r) => r.id))
  const stale = [...documentRecords(store).values()].filter((r) => !keep.has(r.id)).map((r) => r.id)
  store.mergeRemoteChanges(() => {
    if (stale.length > 0) store.remove(stale)
    if (incoming.length > 0) store.put(incoming)
  })
}

function applyRemoteChanges(store: TLStore, { put, removed }: RemoteChanges): void {
  const toPut: TLRecord[] = []
  put.forEach((value, key) => {
    const record = parseRemoteRecord(store, key, value)
    if (record) toPut.push(record)
  })
  // only records that came from the doc may leave because of it — never our camera or instance
  const toRemove = removed.flatMap((id) => {
    const record = store.get(id as TLRecord['id'])
    return record && isDocumentScoped(store, record.typeName) ? [record.id] : []
  })
  if (toPut.length === 0 && toRemove.length === 0) return
  store.mergeRemoteChanges(() => {
    if (toRemove.length > 0) store.remove(toRemove)
    if (toPut.length > 0) store.put(toPut)
  })
}
