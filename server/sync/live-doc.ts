/**
 * One loaded document: the Y.Doc, its awareness, its connected peers, and the single write path.
 * Every change — a client's update or the server's own — is appended to storage first and applied
 * (and so relayed) only once the append has committed. Writes to one document run one at a time.
 */
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { err, ok, type Result } from '../../shared/result'
import { ORIGINS } from '../../shared/doc/origin'
import type { Storage, StorageError } from '../storage/types'
import { encodeAwarenessMessage, encodeSyncMessage, SYNC } from './protocol'

export interface Peer {
  send(message: Uint8Array): void
}

export interface LiveDocOptions {
  /** compact the stored log after this many appended updates */
  readonly compactAfter: number
  readonly log: (message: string, detail?: unknown) => void
}

export class LiveDoc {
  readonly doc = new Y.Doc({ gc: true })
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  readonly peers = new Set<Peer>()
  /** which peer set each awareness client id, so one connection cannot speak for another */
  readonly awarenessOwner = new Map<number, Peer>()
  private queue: Promise<unknown> = Promise.resolve()
  private pending = 0
  private uncompacted: number
  private compactScheduled = false

  constructor(
    readonly key: string,
    private readonly storage: Storage,
    private lastSeq: number,
    storedRows: number,
    private readonly options: LiveDocOptions,
  ) {
    this.uncompacted = storedRows > 1 ? storedRows : 0
    this.awareness.setLocalState(null)
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      const message = encodeSyncMessage(SYNC.update, update)
      for (const peer of this.peers) if (peer !== origin) peer.send(message)
    })
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const changed = [...added, ...updated, ...removed]
      const message = encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
      for (const peer of this.peers) if (peer !== origin) peer.send(message)
    })
  }

  /** Appends, then applies. A failed append leaves the document untouched and is returned. */
  submit(update: Uint8Array, origin: Peer | typeof ORIGINS.server): Promise<Result<void, StorageError>> {
    return this.enqueue(async () => {
      const appended = await this.storage.appendUpdate(this.key, update)
      if (!appended.ok) {
        this.options.log(`append failed for ${this.key}; update not relayed`, appended.error)
        return appended
      }
      this.lastSeq = appended.value
      Y.applyUpdate(this.doc, update, origin)
      this.uncompacted++
      if (this.uncompacted >= this.options.compactAfter) this.scheduleCompaction()
      return ok(undefined)
    })
  }

  /**
   * Runs a server-side change on a scratch copy and submits the difference through the same
   * append-before-apply path as a client's update.
   */
  transactAsServer(fn: (doc: Y.Doc) => void): Promise<Result<void, StorageError>> {
    const scratch = new Y.Doc({ gc: true })
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(this.doc))
    const updates: Uint8Array[] = []
    scratch.on('update', (u: Uint8Array) => updates.push(u))
    scratch.transact(() => fn(scratch), ORIGINS.server)
    scratch.destroy()
    if (updates.length === 0) return Promise.resolve(ok(undefined))
    return this.submit(Y.mergeUpdates(updates), ORIGINS.server)
  }

  /** Resolves when every queued write has finished. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.queue.catch(() => undefined)
  }

  /** Folds the stored log into one state row; safe because it runs in the write queue. */
  compactNow(): Promise<Result<void, StorageError>> {
    return this.enqueue(async () => {
      if (this.uncompacted === 0) return ok(undefined)
      const result = await this.storage.compact(this.key, this.lastSeq, Y.encodeStateAsUpdate(this.doc))
      if (result.ok) this.uncompacted = 0
      else this.options.log(`compaction failed for ${this.key}; the log stays as it is`, result.error)
      return result
    })
  }

  destroy(): void {
    this.awareness.destroy()
    this.doc.destroy()
  }

  private scheduleCompaction(): void {
    if (this.compactScheduled) return
    this.compactScheduled = true
    setImmediate(() => {
      this.compactScheduled = false
      void this.compactNow()
    })
  }

  private enqueue<T>(step: () => Promise<Result<T, StorageError>>): Promise<Result<T, StorageError>> {
    this.pending++
    const run = this.queue.then(step).catch((e: unknown) => err({ kind: 'unavailable' as const, message: String(e) }))
    this.queue = run.finally(() => this.pending--)
    return run
  }
}

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}
