/**
 * One loaded document: the Y.Doc, its awareness, its connected peers, and the single write path.
 * Every change — a client's update or the server's own — is appended to storage first and applied
 * (and so relayed) only once the append has committed. Writes to one document run one at a time.
 * With other instances (a DocLink), each append is published with its seq; updates from others are
 * applied in any order, and a gap in their seqs is filled by reading storage (`catchUp`).
 */
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { err, ok, type Result } from '../../shared/result'
import { ORIGINS } from '../../shared/doc/origin'
import type { Storage, StorageError } from '../storage/types'
import { AppliedSeqs } from '../cluster/applied-seqs'
import type { DocLink, DocLinkHandlers } from '../cluster/fanout'
import { PresenceBridge, REMOTE, removedNotice } from '../cluster/presence'
import { encodeAwarenessMessage, encodeSyncMessage, SYNC } from './protocol'
import { checkUpdate, type AwarenessEntry } from './validate'

export interface Peer {
  send(message: Uint8Array): void
}

export interface LiveDocOptions {
  /** compact the stored log after this many appended updates */
  readonly compactAfter: number
  readonly log: (message: string, detail?: unknown) => void
}

const NO_LINK: DocLink = { publishUpdate() {}, publishAwareness() {}, close() {} }
/** how long a gap in other instances' seqs may stay open before storage is read */
const GAP_GRACE_MS = 50

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
  private readonly applied: AppliedSeqs
  private readonly presence: PresenceBridge
  private catching: Promise<void> = Promise.resolve()
  private gapTimer: NodeJS.Timeout | undefined
  private destroyed = false
  /** the whole state as one update, for clients that have nothing yet; dropped on every change */
  private fullState: Uint8Array | undefined

  constructor(
    readonly key: string,
    private readonly storage: Storage,
    lastSeq: number,
    storedRows: number,
    private readonly options: LiveDocOptions,
    private readonly link: DocLink = NO_LINK,
  ) {
    this.applied = new AppliedSeqs(lastSeq)
    this.presence = new PresenceBridge(this.awareness, this.awarenessOwner, link, options.log)
    this.uncompacted = storedRows > 1 ? storedRows : 0
    this.awareness.setLocalState(null)
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.fullState = undefined
      const message = encodeSyncMessage(SYNC.update, update)
      for (const peer of this.peers) if (peer !== origin) peer.send(message)
    })
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const changed = [...added, ...updated, ...removed]
      const message = encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
      for (const peer of this.peers) if (peer !== origin) peer.send(message)
      this.presence.onLocalChange(changed, removed, origin)
    })
  }

  /**
   * What a client with state vector `sv` lacks. A client with nothing (a fresh page) gets the cached
   * full state — after a load from a compacted log that is the stored row itself, never re-encoded.
   */
  missingFor(sv: Uint8Array): Uint8Array {
    const empty = sv.length === 1 && sv[0] === 0
    if (!empty) return Y.encodeStateAsUpdate(this.doc, sv)
    this.fullState ??= Y.encodeStateAsUpdate(this.doc)
    return this.fullState
  }

  /** seeds the full-state cache with stored bytes known to hold exactly this document's state */
  primeFullState(state: Uint8Array): void {
    this.fullState = state
  }

  /** tells a client re-announcing a state removed here to announce it anew (see removedNotice) */
  reviveRemoved(peer: Peer, entries: readonly AwarenessEntry[]): void {
    const notice = removedNotice(this.awareness, entries)
    if (notice) peer.send(encodeAwarenessMessage(notice))
  }

  /** the last seq up to which this copy holds every stored update */
  get appliedSeq(): number {
    return this.applied.last
  }

  /** what other instances tell this document */
  readonly remote: DocLinkHandlers = {
    onUpdate: (seq, update) => {
      if (this.destroyed || this.applied.has(seq)) return
      const checked = checkUpdate(update)
      if (!checked.ok) {
        this.options.log(`ignored a malformed update for ${this.key} from another instance; reading storage`, checked.error)
        return void this.catchUp()
      }
      Y.applyUpdate(this.doc, update, REMOTE)
      this.applied.mark(seq)
      this.watchForGap()
    },
    onAwareness: (instanceId, update) => !this.destroyed && this.presence.receive(instanceId, update),
    onAwarenessQuery: () => !this.destroyed && this.presence.answerQuery(),
    onInstanceGone: (instanceId) => !this.destroyed && this.presence.instanceGone(instanceId),
    onPossiblyMissed: () => void this.catchUp(),
  }

  /**
   * Applies every stored row after `appliedSeq`. Committed rows form a gap-free prefix (a compacted
   * row stands for all seqs up to its own), so afterwards nothing committed before the call is missing.
   */
  catchUp(): Promise<void> {
    const retry = `catch-up failed for ${this.key}; retried on the next gap or sweep`
    this.catching = this.catching
      .then(async () => {
        if (this.destroyed) return
        const rows = await this.storage.updatesAfter(this.key, this.applied.last)
        if (!rows.ok) return this.options.log(retry, rows.error)
        if (this.destroyed) return
        for (const { seq, update } of rows.value) {
          if (!this.applied.has(seq)) Y.applyUpdate(this.doc, update, REMOTE)
          this.applied.coverUpTo(seq)
        }
      })
      .catch((e: unknown) => this.options.log(retry, e instanceof Error ? e.message : e))
    return this.catching
  }

  /** Appends, then applies. A failed append leaves the document untouched and is returned. */
  submit(update: Uint8Array, origin: Peer | typeof ORIGINS.server): Promise<Result<void, StorageError>> {
    return this.enqueue(async () => {
      const appended = await this.storage.appendUpdate(this.key, update)
      if (!appended.ok) {
        this.options.log(`append failed for ${this.key}; update not relayed`, appended.error)
        return appended
      }
      Y.applyUpdate(this.doc, update, origin)
      this.applied.mark(appended.value)
      this.link.publishUpdate(appended.value, update)
      this.watchForGap()
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

  /**
   * Folds the stored log up to `appliedSeq` into one state row. The state holds every row up to it
   * (and perhaps some later ones, which stay in the log: replaying them is idempotent).
   */
  compactNow(): Promise<Result<void, StorageError>> {
    return this.enqueue(async () => {
      if (this.uncompacted === 0) return ok(undefined)
      const result = await this.storage.compact(this.key, this.applied.last, Y.encodeStateAsUpdate(this.doc))
      if (result.ok) this.uncompacted = 0
      else this.options.log(`compaction failed for ${this.key}; the log stays as it is`, result.error)
      return result
    })
  }

  destroy(): void {
    this.destroyed = true
    clearTimeout(this.gapTimer)
    this.link.close()
    this.awareness.destroy()
    this.doc.destroy()
  }

  /** updates from others may simply be in flight: give them a moment before reading storage */
  private watchForGap(): void {
    if (!this.applied.hasGap || this.gapTimer) return
    this.gapTimer = setTimeout(() => {
      this.gapTimer = undefined
      if (this.applied.hasGap) void this.catchUp()
    }, GAP_GRACE_MS)
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
