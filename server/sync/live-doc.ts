/**
 * One loaded document: the Y.Doc, its awareness, its connected peers, and the single write path.
 * Every change — a client's update or the server's own — is first applied to the live document with
 * its relay held back (proving it harmless: an update can be malformed, or decode cleanly and still
 * throw), then appended to storage, and relayed only once the append has committed. An update that
 * throws is never stored nor relayed; the live document, which it may have half-changed, is rebuilt
 * from storage in place (peers never saw the difference) and only the writer is told. Writes go
 * through in batches (batch-writer.ts). Answers to clients' state requests wait behind queued
 * writes, so nobody is sent an update before it is durable. With other instances (a DocLink), each
 * append is published with its seq; what others publish is applied by remote-sync.ts.
 */
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { ok, type Result } from '../../shared/result'
import { ORIGINS } from '../../shared/doc/origin'
import type { SeqUpdate, Storage, StorageError } from '../storage/types'
import { AppliedSeqs } from '../cluster/applied-seqs'
import type { DocLink, DocLinkHandlers } from '../cluster/fanout'
import { PresenceBridge, removedNotice } from '../cluster/presence'
import { encodeAwarenessMessage, encodeSyncMessage, isEmptyStateVector, SYNC } from './protocol'
import type { AwarenessEntry } from './validate'
import { buildDoc, type BuiltDoc } from './doc-loader'
import { applyHeld, type Held, type HeldFailure, type HeldUpdate } from './held-apply'
import { relayBatch } from './relay-batch'
import { serverChange } from './server-change'
import { WriteQueue } from './write-queue'
import type { WorkspaceUsage } from './quota'
import type { Peer, SubmitError, SubmitOptions } from './pending-write'
import { BatchWriter, type BatchHost } from './batch-writer'
import { RemoteSync } from './remote-sync'
import { compactionLane } from './compaction-lane'

export type { Peer, SubmitError } from './pending-write'

export interface LiveDocOptions {
  /** compact the stored log after this many appended updates */
  readonly compactAfter: number
  readonly log: (message: string, detail?: unknown) => void
  /** storage quotas; absent = unlimited */
  readonly usage?: WorkspaceUsage | undefined
}

const NO_LINK: DocLink = { publishUpdate() {}, publishAwareness() {}, close() {} }

export class LiveDoc {
  private current: Y.Doc
  readonly awareness: awarenessProtocol.Awareness
  readonly peers = new Set<Peer>()
  /** which peer set each awareness client id, so one connection cannot speak for another */
  readonly awarenessOwner = new Map<number, Peer>()
  private readonly writes = new WriteQueue()
  private readonly writer: BatchWriter
  private uncompacted: number
  private compactScheduled = false
  private readonly applied: AppliedSeqs
  private readonly presence: PresenceBridge
  private readonly cluster: RemoteSync
  private destroyed = false
  /** the whole state as one update, for clients that have nothing yet; dropped on every change */
  private fullState: Uint8Array | undefined
  /** while an update is being proven harmless, what it would relay waits here */
  private held: HeldUpdate[] | undefined
  private rebuilding = false
  /** bytes of this document's stored log (for quotas) */
  private storedBytes: number
  /**
   * bytes of the state the log was last folded into. The log is folded again only once it holds at
   * least as many bytes on top of it: folding costs O(document), so a large document is re-encoded
   * after a doubling of its log, not after every `compactAfter` keystrokes (amortised O(1) per byte)
   */
  private compactedBytes: number
  private readonly changeListeners = new Set<() => void>()

  constructor(
    readonly key: string,
    private readonly storage: Storage,
    built: BuiltDoc,
    private readonly options: LiveDocOptions,
    private readonly link: DocLink = NO_LINK,
  ) {
    this.current = built.doc
    this.awareness = new awarenessProtocol.Awareness(built.doc)
    this.applied = new AppliedSeqs(built.lastSeq)
    this.presence = new PresenceBridge(this.awareness, this.awarenessOwner, link, options.log)
    this.uncompacted = built.rowCount > 1 ? built.rowCount : 0
    this.storedBytes = built.bytes
    this.compactedBytes = built.only ? built.bytes : 0
    this.fullState = built.only
    this.awareness.setLocalState(null)
    built.doc.on('update', this.onDocUpdate)
    this.awareness.on('update', ({ added, updated, removed }: Record<'added' | 'updated' | 'removed', number[]>, origin: unknown) => {
      const changed = [...added, ...updated, ...removed]
      const message = encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
      for (const peer of this.peers) if (peer !== origin) peer.send(message)
      this.presence.onLocalChange(changed, removed, origin)
    })
    this.writer = new BatchWriter(this.batchHost())
    this.cluster = new RemoteSync({
      key,
      storage,
      log: options.log,
      applied: this.applied,
      presence: this.presence,
      gone: () => this.destroyed,
      rebuilding: () => this.rebuilding,
      applyHeld: (rows, origin) => this.applyHeld(rows, origin),
      rebuildLater: (reason) => void this.enqueue(async () => (await this.rebuild(reason), ok(undefined))),
    })
  }

  /** the document as the batch writer sees it (see batch-writer.ts) */
  private batchHost(): BatchHost {
    return {
      key: this.key,
      log: this.options.log,
      closed: () => this.destroyed,
      quotaRefusal: (adding, bytes) => this.options.usage?.refusal(this.key, this.storedBytes + adding, bytes),
      applyHeld: (update, origin) => this.applyHeld([{ seq: 0, update }], origin),
      append: (update) => this.storage.appendUpdate(this.key, update),
      rebuild: (reason) => this.rebuild(reason),
      stored: (seq, update) => {
        this.applied.mark(seq)
        this.link.publishUpdate(seq, update)
        this.storedBytes += update.byteLength
        this.options.usage?.add(this.key, update.byteLength)
        this.uncompacted++
      },
      committed: (durable) => {
        relayBatch(this.peers, durable)
        this.cluster.watchForGap()
        if (this.uncompacted >= this.options.compactAfter && this.storedBytes >= 2 * this.compactedBytes) this.scheduleCompaction()
      },
      enqueue: (step) => void this.enqueue(step),
    }
  }

  /** the live document (replaced in place when it has to be rebuilt from storage) */
  get doc(): Y.Doc {
    return this.current
  }

  /** called after every change to the document, including a rebuild; returns its disposer */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener)
    return () => this.changeListeners.delete(listener)
  }

  /** runs `fn` once every write queued so far is durable and applied (answers to state requests) */
  afterWrites<T>(fn: () => T): Promise<T> {
    return this.writes.after(fn)
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown) => {
    this.fullState = undefined
    if (this.held) this.held.push({ update, origin })
    else this.relay(update, origin)
    for (const listener of this.changeListeners) listener()
  }

  private relay(update: Uint8Array, origin: unknown): void {
    const message = encodeSyncMessage(SYNC.update, update)
    for (const peer of this.peers) if (peer !== origin) peer.send(message)
  }

  /** applies rows with the relay held back (see held-apply.ts) */
  private applyHeld(rows: readonly SeqUpdate[], origin: unknown): Held | HeldFailure {
    this.held = []
    try {
      return applyHeld(this.current, rows, origin, this.held, (update, o) => this.relay(update, o))
    } finally {
      this.held = undefined
    }
  }

  /**
   * Replaces the live document by a fresh build from storage (after an update threw part-way, or an
   * append failed after the apply). Peers were only ever sent durable updates, so the fresh build
   * holds everything they have; remote updates that arrive meanwhile are read back by a catch-up.
   */
  private async rebuild(reason: string): Promise<void> {
    this.options.log(`rebuilding ${this.key} from storage: ${reason}`)
    this.rebuilding = true
    try {
      const built = await buildDoc(this.storage, this.key, this.options.log)
      if (!built.ok) return this.options.log(`rebuild of ${this.key} failed; it stays as it was`, built.error)
      this.current.off('update', this.onDocUpdate)
      this.current = built.value.doc
      this.current.on('update', this.onDocUpdate)
      this.applied.coverUpTo(built.value.lastSeq)
      this.storedBytes = built.value.bytes
      this.fullState = built.value.only
      for (const listener of this.changeListeners) listener()
    } finally {
      this.rebuilding = false
    }
    if (this.link !== NO_LINK) void this.catchUp()
  }

  /**
   * What a client with state vector `sv` lacks. A client with nothing (a fresh page) gets the cached
   * full state — after a load from a compacted log that is the stored row itself, never re-encoded.
   */
  missingFor(sv: Uint8Array): Uint8Array {
    if (!isEmptyStateVector(sv)) return Y.encodeStateAsUpdate(this.doc, sv)
    this.fullState ??= Y.encodeStateAsUpdate(this.doc)
    return this.fullState
  }

  /** true while the document is exactly `state`, a full state this copy handed out: nothing applied since */
  unchangedSince(state: Uint8Array): boolean {
    return this.fullState === state
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
  get remote(): DocLinkHandlers {
    return this.cluster.handlers
  }

  /** applies every stored row this copy lacks (see remote-sync.ts) */
  catchUp(): Promise<void> {
    return this.cluster.catchUp()
  }

  /**
   * Proves harmless (applies with the relay held), appends, then relays. An update that throws or
   * whose append fails is neither stored nor relayed, and the live document is rebuilt from storage.
   * Updates submitted while a write is in flight go through together as the next batch.
   */
  submit(update: Uint8Array, origin: Peer | typeof ORIGINS.server, options: SubmitOptions = {}): Promise<Result<void, SubmitError>> {
    return this.writer.submit(update, origin, options)
  }

  /**
   * Runs a server-side change on a scratch copy and submits the difference through the same
   * append-before-apply path as a client's update.
   */
  transactAsServer(fn: (doc: Y.Doc) => void): Promise<Result<void, SubmitError>> {
    const update = serverChange(this.doc, fn)
    return update ? this.submit(update, ORIGINS.server) : Promise.resolve(ok(undefined))
  }

  /** Resolves when every queued write has finished. */
  idle(): Promise<void> {
    return this.writes.idle()
  }

  /**
   * Folds the stored log up to `appliedSeq` into one state row. The state holds every row up to it
   * (and perhaps some later ones, which stay in the log: replaying them is idempotent).
   */
  compactNow(): Promise<Result<void, StorageError>> {
    return this.enqueue(async () => {
      if (this.uncompacted === 0) return ok(undefined)
      const state = Y.encodeStateAsUpdate(this.current)
      const result = await this.storage.compact(this.key, this.applied.last, state)
      if (result.ok) {
        this.uncompacted = 0
        // later rows (other instances') stay in the log; their bytes are re-read with the workspace's
        this.options.usage?.add(this.key, state.byteLength - this.storedBytes)
        this.storedBytes = state.byteLength
        this.compactedBytes = state.byteLength
      } else this.options.log(`compaction failed for ${this.key}; the log stays as it is`, result.error)
      return result
    })
  }

  destroy(): void {
    this.destroyed = true
    this.cluster.stop()
    this.link.close()
    this.awareness.destroy()
    this.current.destroy()
  }

  private scheduleCompaction(): void {
    if (this.compactScheduled) return
    this.compactScheduled = true
    compactionLane.schedule(() => {
      this.compactScheduled = false
      return this.destroyed ? Promise.resolve() : this.compactNow()
    })
  }

  private enqueue<T, E = StorageError>(step: () => Promise<Result<T, E | StorageError>>): Promise<Result<T, E | StorageError>> {
    return this.writes.run<T, E>(step)
  }
}
