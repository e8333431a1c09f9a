/**
 * Live documents by storage key: loaded on first use, unloaded when the last user lets go.
 * No update is lost between an unload and a new connection: unloading waits for queued writes,
 * re-checks that nobody acquired the document meanwhile, and every write is in storage before
 * it is in memory, so a fresh load always sees it. Nobody is answered before the load finishes.
 * With other instances, a document links to them (subscribes) before it reads storage, and a
 * periodic sweep compares every loaded document with the stored head, so none can stay behind.
 */
import { ok, type Result } from '../../shared/result'
import type { Storage, StorageError } from '../storage/types'
import { localFanout, type Fanout } from '../cluster/fanout'
import { Inbox } from '../cluster/inbox'
import { LiveDoc, type LiveDocOptions } from './live-doc'
import { buildDoc } from './doc-loader'

/** told the stored state of a document still loading, before it is built (shared/sync/fresh-client.ts) */
export interface StoredStateListener {
  stored(state: Uint8Array): void
  /** the document was not built from that state: its row failed to apply and was quarantined */
  notBuiltFrom(): void
}

/** who wants the stored state before the build; closed once the log has been read */
interface EarlyListeners {
  open: boolean
  readonly listeners: Set<StoredStateListener>
}

interface Entry {
  readonly loading: Promise<Result<LiveDoc, StorageError>>
  refs: number
  readonly early: EarlyListeners
}

export interface RegistryCluster {
  readonly fanout: Fanout
  /** how often loaded documents are compared with storage (a safety net under pub/sub) */
  readonly catchUpIntervalMs: number
}

export class DocRegistry {
  private readonly entries = new Map<string, Entry>()
  private readonly fanout: Fanout
  private readonly sweep: NodeJS.Timeout | undefined

  constructor(
    private readonly storage: Storage,
    private readonly options: LiveDocOptions & { readonly unloadDelayMs: number; readonly cluster?: RegistryCluster | undefined },
  ) {
    this.fanout = options.cluster?.fanout ?? localFanout()
    if (options.cluster && this.fanout.clustered) {
      this.sweep = setInterval(() => void this.catchUpBehind(), options.cluster.catchUpIntervalMs)
      this.sweep.unref()
    }
  }

  get loadedCount(): number {
    return this.entries.size
  }

  /**
   * `onStored`: called with the document's stored state as soon as it is read, before the build,
   * when this acquire finds the document not yet read and its log is one row (after a compaction:
   * the state this server encoded from a built copy). It is not called otherwise. Should that row
   * fail to apply (it is quarantined), it is told so before the acquire resolves.
   */
  acquire(key: string, onStored?: StoredStateListener): Promise<Result<LiveDoc, StorageError>> {
    let entry = this.entries.get(key)
    if (!entry) {
      const early: EarlyListeners = { open: true, listeners: new Set() }
      const created: Entry = { loading: this.load(key, early), refs: 0, early }
      entry = created
      this.entries.set(key, entry)
      void created.loading.then((r) => {
        if (!r.ok && this.entries.get(key) === created) this.entries.delete(key)
      })
    }
    entry.refs++
    if (onStored && entry.early.open) entry.early.listeners.add(onStored)
    return entry.loading
  }

  release(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    entry.refs--
    if (entry.refs > 0) return
    setTimeout(() => void this.unloadIfUnused(key, entry), this.options.unloadDelayMs)
  }

  /**
   * Borrow a document for a server-side read or write. With other instances it first catches up
   * from storage, so it sees every update committed anywhere before the call.
   */
  async withDoc<T>(key: string, fn: (live: LiveDoc) => Promise<T> | T): Promise<Result<T, StorageError>> {
    const loaded = await this.acquire(key)
    try {
      if (!loaded.ok) return loaded
      if (this.fanout.clustered) await loaded.value.catchUp()
      // a write being proven harmless is applied but not yet durable: read after it settles
      await loaded.value.afterWrites(() => undefined)
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

  /** Stops the sweep; documents stay usable until the process ends. */
  stop(): void {
    clearInterval(this.sweep)
  }

  private async catchUpBehind(): Promise<void> {
    const live: LiveDoc[] = []
    for (const entry of this.entries.values()) {
      const loaded = await entry.loading
      if (loaded.ok) live.push(loaded.value)
    }
    if (live.length === 0) return
    const heads = await this.storage.lastSeqs(live.map((l) => l.key))
    if (!heads.ok) return this.options.log('catch-up sweep could not read storage', heads.error)
    for (const l of live) if ((heads.value.get(l.key) ?? 0) > l.appliedSeq) void l.catchUp()
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

  private async load(key: string, early: EarlyListeners): Promise<Result<LiveDoc, StorageError>> {
    // subscribe first, read second: whatever is published in between waits in the inbox
    const inbox = new Inbox()
    let read: Awaited<ReturnType<Storage['loadDoc']>>
    let link: Awaited<ReturnType<Fanout['link']>>
    try {
      link = await this.fanout.link(key, inbox.handlers)
      read = link.ok ? await this.storage.loadDoc(key) : link
    } finally {
      early.open = false
    }
    const only = read.ok && read.value.rows.length === 1 ? read.value.rows[0]!.update : undefined
    const told = only ? [...early.listeners] : []
    early.listeners.clear()
    for (const listener of told) listener.stored(only!)
    // one turn for those sends to leave before the build holds this thread (~0.1 s per 300 KB)
    if (told.length > 0) await new Promise((resolve) => setImmediate(resolve))
    if (!link.ok) return link
    const built = read.ok ? await buildDoc(this.storage, key, this.options.log, read.value) : read
    if (!built.ok) {
      link.value.close()
      return built
    }
    if (built.value.only !== only) for (const listener of told) listener.notBuiltFrom()
    const live = new LiveDoc(key, this.storage, built.value, this.options, link.value)
    inbox.deliverTo(live.remote)
    return ok(live)
  }
}
