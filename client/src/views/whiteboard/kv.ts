/**
 * The whiteboard's `[{ key, val }]` array read as a key-value map (y-utility's YKeyValue layout:
 * the rightmost entry for a key wins). Writers share one YKeyValue per array; readers never
 * construct one, because YKeyValue deletes superseded entries — a write an observer may not make.
 */
import { YKeyValue } from 'y-utility/y-keyvalue'
import type * as Y from 'yjs'

type Entries = Y.Array<{ key: string; val: unknown }>

/** A change that came from another client: values to put (untrusted) and keys to remove. */
export interface RemoteChanges {
  readonly put: ReadonlyMap<string, unknown>
  readonly removed: readonly string[]
}

type KvChange =
  | { action: 'add'; newValue: unknown }
  | { action: 'update'; oldValue: unknown; newValue: unknown }
  | { action: 'delete'; oldValue: unknown }

/*
 * YKeyValue observes its array for life and offers no way to stop, so a second instance per array
 * (a remount, React StrictMode) would add a second cleaner. One per array, dropped with the doc.
 */
const writers = new WeakMap<Entries, YKeyValue<unknown>>()

export function keyValueOf(yarray: Entries): YKeyValue<unknown> {
  let kv = writers.get(yarray)
  if (!kv) {
    kv = new YKeyValue<unknown>(yarray)
    writers.set(yarray, kv)
  }
  return kv
}

/** Current value per key; the rightmost entry wins, as in YKeyValue. Does not write. */
export function latestEntries(yarray: Entries): Map<string, { key: string; val: unknown }> {
  const out = new Map<string, { key: string; val: unknown }>()
  const all = yarray.toArray()
  for (let i = all.length - 1; i >= 0; i--) {
    const entry = all[i]
    if (entry && typeof entry.key === 'string' && !out.has(entry.key)) out.set(entry.key, entry)
  }
  return out
}

/** Writers: YKeyValue's own change events, minus this client's transactions. */
export function observeAsWriter(kv: YKeyValue<unknown>, onRemote: (c: RemoteChanges) => void): () => void {
  const handle = (changes: Map<string, KvChange>, transaction: Y.Transaction) => {
    // our own writes are already in the store; applying them again would echo
    if (transaction.local) return
    const put = new Map<string, unknown>()
    const removed: string[] = []
    changes.forEach((change, key) => {
      if (change.action === 'delete') removed.push(key)
      else put.set(key, change.newValue)
    })
    onRemote({ put, removed })
  }
  kv.on('change', handle)
  return () => kv.off('change', handle)
}

/**
 * Readers: diff the latest entries after every change. Entries are compared by identity (Yjs hands
 * back the same object until it is replaced), so an untouched record is never re-put.
 */
export function observeAsReader(yarray: Entries, onRemote: (c: RemoteChanges) => void): () => void {
  let previous = latestEntries(yarray)
  const handle = () => {
    const next = latestEntries(yarray)
    const put = new Map<string, unknown>()
    const removed: string[] = []
    next.forEach((entry, key) => {
      if (previous.get(key) !== entry) put.set(key, entry.val)
    })
    previous.forEach((_entry, key) => {
      if (!next.has(key)) removed.push(key)
    })
    previous = next
    if (put.size > 0 || removed.length > 0) onRemote({ put, removed })
  }
  yarray.observe(handle)
  return () => yarray.unobserve(handle)
}
