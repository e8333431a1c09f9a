/**
 * One loaded document: the Y.Doc, its awareness, its connected peers, and the single write path.
 * Every change — a client's update or the server's own — is first applied to the live document with
 * its relay held back (proving it harmless: an update can be malformed, or decode cleanly and still
 * throw), then appended to storage, and relayed only once the append has committed. An update that
 * throws is never stored nor relayed; the live document, which it may have half-changed, is rebuilt
 * from storage in place (peers never saw the difference) and only the writer is told. Updates that
 * arrive while a write is in flight wait together and go through as one batch: each is checked
 * (guard, quota) and applied on its own, in arrival order, and the batch is appended in one storage
 * turn (one SQLite transaction, one PostgreSQL statement). Answers to clients' state requests wait
 * behind queued writes, so nobody is sent an update before it is durable. With other instances (a
 * DocLink), each append is published with its seq; updates from others are applied in any order,
 * and a gap in their seqs is filled by reading storage (`catchUp`).
 */
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { err, ok, type Result } from '../../shared/result'
import { ORIGINS } from '../../shared/doc/origin'
import type { SeqUpdate, Storage, StorageError } from '../storage/types'
import { AppliedSeqs } from '../cluster/applied-seqs'
import type { DocLink, DocLinkHandlers } from '../cluster/fanout'
import { PresenceBridge, REMOTE, removedNotice } from '../cluster/presence'
import { encodeAwarenessMessage, encodeSyncMessage, SYNC } from './protocol'
import type { AwarenessEntry } from './validate'
import { buildDoc, type BuiltDoc } from './doc-loader'
import { applyHeld, type Held, type HeldFailure, type HeldUpdate } from './held-apply'
import { relayBatch } from './relay-batch'
import { serverChange } from './server-change'
import { WriteQueue } from './write-queue'
import type { WorkspaceUsage } from './quota'
import { isEmptyUpdate, type Peer, type PendingWrite, type SubmitError, type SubmitOptions } from './pending-write'

export type { Peer, SubmitError } from './pending-write'

export interface LiveDocOptions {
  /** compact the stored log after this many appended updates */
  readonly compactAfter: number
  readonly log: (message: string, detail?: unknown) => void
  /** storage quotas; absent = unlimited */
  readonly usage?: WorkspaceUsage | undefined
}

const NO_LINK: DocLink = { publishUpdate() {}, publishAwareness() {}, close() {} }
/** how long a gap in other instances' seqs may stay open before storage is read */
const GAP_GRACE_MS = 50

/** an update applied (relay held back) and waiting for its batch to be appended */
interface Proven {
  readonly item: PendingWrite
  readonly held: Held
}

export class LiveDoc {
  private current: Y.Doc
  readonly awareness: awarenessProtocol.Awareness
  readonly peers = new Set<Peer>()
  /** which peer set each awareness client id, so one connection cannot speak for another */
  readonly awarenessOwner = new Map<number, Peer>()
  private readonly writes = new WriteQueue()
  /** submitted updates waiting for the next batch; a drain of them is queued whenever this is non-empty */
  private pending: PendingWrite[] = []
  /** writers one of whose updates was refused: their later updates may depend on it, so they are dropped */
  private readonly refusedPeers = new WeakSet<Peer>()
  private uncompacted: number
  private compactScheduled = false
  private readonly applied: AppliedSeqs
  private readonly presence: PresenceBridge
  private catching: Promise<void> = Promise.resolve()
  private gapTimer: NodeJS.Timeout | undefined
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
    if (built.only) this.fullState = built.only
    this.awareness.setLocalState(null)
    built.doc.on('update', this.onDocUpdate)
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const changed = [...added, ...updated, ...removed]
      const message = encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
      for (const peer of this.peers) if (peer !== origin) peer.send(message)
      this.presence.onLocalChange(changed, removed, origin)
    })
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
    const empty = sv.length === 1 && sv[0] === 0
    if (!empty) return Y.encodeStateAsUpdate(this.doc, sv)
    this.fullState ??= Y.encodeStateAsUpdate(this.doc)
    return this.fullState
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
      if (this.destroyed || this.rebuilding || this.applied.has(seq)) return
      // held like a client's update, so a malformed or throwing one never reaches the peers half-applied
      const applied = this.applyHeld([{ seq, update }], REMOTE)
      this.applied.mark(seq)
      if ('failed' in applied) return void this.enqueue(async () => (await this.rebuild(`update ${seq} from another instance ${applied.failed}`), ok(undefined)))
      applied.relay()
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
        if (this.destroyed || this.rebuilding) return
        const fresh = rows.value.filter((r) => !this.applied.has(r.seq))
        const applied = this.applyHeld(fresh, REMOTE)
        for (const { seq } of rows.value) this.applied.coverUpTo(seq)
        // the rebuild quarantines a row that throws again, so a catch-up never loops on one
        if ('failed' in applied) void this.enqueue(async () => (await this.rebuild(`a stored row ${applied.failed}`), ok(undefined)))
        else applied.relay()
      })
      .catch((e: unknown) => this.options.log(retry, e instanceof Error ? e.message : e))
    return this.catching
  }

  /**
   * Proves harmless (applies with the relay held), appends, then relays. An update that throws or
   * whose append fails is neither stored nor relayed, and the live document is rebuilt from storage.
   * Updates submitted while a write is in flight go through together as the next batch.
   */
  submit(update: Uint8Array, origin: Peer | typeof ORIGINS.server, options: SubmitOptions = {}): Promise<Result<void, SubmitError>> {
    if (isEmptyUpdate(update)) return Promise.resolve(ok(undefined))
    return new Promise((resolve) => {
      this.pending.push({ update, origin, guard: options.guard, resolve })
      if (this.pending.length === 1) void this.enqueue(() => this.drain())
    })
  }

  /** one batch: each update checked and applied in order, then all appended together, then relayed */
  private async drain(): Promise<Result<void, StorageError>> {
    const items = this.pending
    this.pending = []
    try {
      let proven: Proven[] = []
      let adding = 0
      for (const item of items) {
        const checked = this.precheck(item, adding)
        const refusal = checked instanceof Promise ? await checked : checked
        if (refusal) {
          this.refuse(item, refusal)
          continue
        }
        const held = this.applyHeld([{ seq: 0, update: item.update }], item.origin)
        if ('failed' in held) {
          // what was proven before it is stored first; then the half-changed document is rebuilt
          await this.commit(proven)
          proven = []
          adding = 0
          await this.rebuild(`refused an update that ${held.failed}`)
          const kind = held.malformed ? 'malformed' : 'refused'
          this.refuse(item, { kind, message: held.malformed ? 'malformed update' : `update refused: it ${held.failed}` })
          continue
        }
        proven.push({ item, held })
        if (held.changed) adding += item.update.byteLength
      }
      await this.commit(proven)
    } catch (e) {
      // resolving twice is a no-op: only the items not answered yet get this
      for (const item of items) item.resolve(err({ kind: 'unavailable', message: e instanceof Error ? e.message : String(e) }))
    }
    return ok(undefined)
  }

  /** answers at once unless the workspace's usage has to be read from storage */
  private precheck(item: PendingWrite, adding: number): SubmitError | undefined | Promise<SubmitError | undefined> {
    if (this.destroyed) return { kind: 'unavailable', message: 'document closed' }
    if (item.origin !== ORIGINS.server && this.refusedPeers.has(item.origin)) return { kind: 'dropped', message: 'an earlier update of this connection was refused' }
    const refusal = item.guard?.()
    if (refusal) return { kind: 'guard', message: refusal }
    const overQuota = this.options.usage?.refusal(this.key, this.storedBytes + adding, item.update.byteLength)
    const asError = (message: string | undefined): SubmitError | undefined => (message ? { kind: 'quota', message } : undefined)
    return overQuota instanceof Promise ? overQuota.then(asError) : asError(overQuota)
  }

  private refuse(item: PendingWrite, error: SubmitError): void {
    if (item.origin !== ORIGINS.server) this.refusedPeers.add(item.origin)
    item.resolve(err(error))
  }

  /**
   * Appends the proven updates in one storage turn (updates that changed nothing are not stored),
   * then relays, publishes and answers each. After a failed append the document is rebuilt from
   * storage; updates whose append did commit are still relayed, since the rebuilt document has them.
   */
  private async commit(proven: readonly Proven[]): Promise<void> {
    if (proven.length === 0) return
    const appends = await Promise.all(proven.map((p) => (p.held.changed ? this.storage.appendUpdate(this.key, p.item.update) : undefined)))
    const failure = appends.find((a) => a !== undefined && !a.ok)
    if (failure && !failure.ok) {
      this.options.log(`append failed for ${this.key}; update not relayed`, failure.error)
      await this.rebuild('an append failed after the update was applied')
    }
    const durable: HeldUpdate[] = []
    proven.forEach(({ item, held }, i) => {
      const appended = appends[i]
      if (appended === undefined) return failure && !failure.ok ? this.refuse(item, failure.error) : item.resolve(ok(undefined))
      if (!appended.ok) return this.refuse(item, appended.error)
      durable.push(...held.updates)
      this.applied.mark(appended.value)
      this.link.publishUpdate(appended.value, item.update)
      this.storedBytes += item.update.byteLength
      this.options.usage?.add(this.key, item.update.byteLength)
      this.uncompacted++
      item.resolve(ok(undefined))
    })
    relayBatch(this.peers, durable)
    this.watchForGap()
    if (this.uncompacted >= this.options.compactAfter && this.storedBytes >= 2 * this.compactedBytes) this.scheduleCompaction()
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
    clearTimeout(this.gapTimer)
    this.link.close()
    this.awareness.destroy()
    this.current.destroy()
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

  private enqueue<T, E = StorageError>(step: () => Promise<Result<T, E | StorageError>>): Promise<Result<T, E | StorageError>> {
    return this.writes.run<T, E>(step)
  }
}

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}
