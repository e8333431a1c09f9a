/**
 * Live documents by storage key: loaded on first use, unloaded when the last user lets go.
 * No update is lost between an unload and a new connection: unloading waits for queued writes,
 * re-checks that nobody acquired the document meanwhile, and every write is in storage before
 * it is in memory, so a fresh load always sees it. Nobody is answered before the load finishes.
 */
import * as Y from 'yjs'
import { err, ok, type Result } from '../../shared/result'
import type { Storage, StorageError } from '../storage/types'
import { LiveDoc, type LiveDocOptions } from './live-doc'

interface Entry {
  readonly loading: Promise<Result<LiveDoc, StorageError>>
  refs: number
}

export class DocRegistry {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly storage: Storage,
    private readonly options: LiveDocOptions & { readonly unloadDelayMs: number },
  ) {}

  get loadedCount(): number {
    return this.entries.size
  }

  acquire(key: string): Promise<Result<LiveDoc, StorageError>> {
    let entry = this.entries.get(key)
    if (!entry) {
      entry = { loading: this.load(key), refs: 0 }
      this.entries.set(key, entry)
      const created = entry
      void created.loading.then((r) => {
        if (!r.ok && this.entries.get(key) === created) this.entries.delete(key)
      })
    }
    entry.refs++
    return entry.loading
  }

  release(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    entry.refs--
    if (entry.refs > 0) return
    setTimeout(() => void this.unloadIfUnused(key, entry), this.options.unloadDelayMs)
  }

  /** Borrow a document for a server-side read or write. */
  async withDoc<T>(key: string, fn: (live: LiveDoc) => Promise<T> | T): Promise<Result<T, StorageError>> {
    const loaded = await this.acquire(key)
    try {
      if (!loaded.ok) return loaded
      return ok(await fn(loaded.value))
    } finally {
      this.release(key)
    }
  }

  /** Flushes and compacts every loaded document (graceful shutdown). */
  async flushAll(): Promise<void> {
    for (const entry of this.entries.values()) {
      const loaded = await entry.loading
      if (!loaded.ok) continue
      await loaded.value.idle()
      await loaded.value.compactNow()
    }
  }

  private async unloadIfUnused(key: string, entry: Entry): Promise<void> {
    if (entry.refs > 0 || this.entries.get(key) !== entry) return
    const loaded = await entry.loading
    if (!loaded.ok) return
    await loaded.value.idle()
    await loaded.value.compactNow()
    if (entry.refs > 0 || this.entries.get(key) !== entry) return
    this.entries.delete(key)
    loaded.value.destroy()
  }

  private async load(key: string): Promise<Result<LiveDoc, StorageError>> {
    const log = await this.storage.loadDoc(key)
    if (!log.ok) return log
    const live = new LiveDoc(key, this.storage, log.value.lastSeq, log.value.updates.length, this.options)
    try {
      Y.transact(live.doc, () => {
        for (const update of log.value.updates) Y.applyUpdate(live.doc, update)
      })
    } catch (e) {
      live.destroy()
      return err({ kind: 'corrupt', message: `document ${key} cannot be decoded: ${e instanceof Error ? e.message : String(e)}` })
    }
    return ok(live)
  }
}
