/**
 * The batching half of a document's write path (see live-doc.ts). Updates submitted while a write is
 * in flight wait together and go through as one batch: each is checked (guard, quota) and applied
 * with its relay held back, in arrival order; then the batch is appended in one storage turn and
 * only then relayed. An update that throws costs only its writer: what was proven before it is
 * stored first, the document is rebuilt, and that writer's later updates are dropped.
 */
import { err, ok, type Result } from '../../shared/result'
import { ORIGINS } from '../../shared/doc/origin'
import type { StorageError } from '../storage/types'
import type { Held, HeldFailure, HeldUpdate } from './held-apply'
import { isEmptyUpdate, type Peer, type PendingWrite, type SubmitError, type SubmitOptions } from './pending-write'

/** what the batch writer needs of the document it writes */
export interface BatchHost {
  readonly key: string
  readonly log: (message: string, detail?: unknown) => void
  closed(): boolean
  /** why `bytes` more on top of `adding` not yet stored would pass a quota, or undefined */
  quotaRefusal(adding: number, bytes: number): string | undefined | Promise<string | undefined>
  /** applies one update to the live document with its relay held back */
  applyHeld(update: Uint8Array, origin: unknown): Held | HeldFailure
  append(update: Uint8Array): Promise<Result<number, StorageError>>
  rebuild(reason: string): Promise<void>
  /** an update is durable at `seq` */
  stored(seq: number, update: Uint8Array): void
  /** a batch's durable updates, to relay to the peers */
  committed(durable: readonly HeldUpdate[]): void
  /** runs a step on the document's write queue */
  enqueue(step: () => Promise<Result<void, StorageError>>): void
}

/** an update applied (relay held back) and waiting for its batch to be appended */
interface Proven {
  readonly item: PendingWrite
  readonly held: Held
}

export class BatchWriter {
  /** submitted updates waiting for the next batch; a drain of them is queued whenever this is non-empty */
  private pending: PendingWrite[] = []
  /** writers one of whose updates was refused: their later updates may depend on it, so they are dropped */
  private readonly refusedPeers = new WeakSet<Peer>()

  constructor(private readonly host: BatchHost) {}

  submit(update: Uint8Array, origin: Peer | typeof ORIGINS.server, options: SubmitOptions = {}): Promise<Result<void, SubmitError>> {
    if (isEmptyUpdate(update)) return Promise.resolve(ok(undefined))
    return new Promise((resolve) => {
      this.pending.push({ update, origin, guard: options.guard, resolve })
      if (this.pending.length === 1) this.host.enqueue(() => this.drain())
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
        const held = this.host.applyHeld(item.update, item.origin)
        if ('failed' in held) {
          // what was proven before it is stored first; then the half-changed document is rebuilt
          await this.commit(proven)
          proven = []
          adding = 0
          await this.host.rebuild(`refused an update that ${held.failed}`)
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
    if (this.host.closed()) return { kind: 'unavailable', message: 'document closed' }
    if (item.origin !== ORIGINS.server && this.refusedPeers.has(item.origin)) return { kind: 'dropped', message: 'an earlier update of this connection was refused' }
    const refusal = item.guard?.()
    if (refusal) return { kind: 'guard', message: refusal }
    const overQuota = this.host.quotaRefusal(adding, item.update.byteLength)
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
    const appends = await Promise.all(proven.map((p) => (p.held.changed ? this.host.append(p.item.update) : undefined)))
    const failure = appends.find((a) => a !== undefined && !a.ok)
    if (failure && !failure.ok) {
      this.host.log(`append failed for ${this.host.key}; update not relayed`, failure.error)
      await this.host.rebuild('an append failed after the update was applied')
    }
    const durable: HeldUpdate[] = []
    proven.forEach(({ item, held }, i) => {
      const appended = appends[i]
      if (appended === undefined) return failure && !failure.ok ? this.refuse(item, failure.error) : item.resolve(ok(undefined))
      if (!appended.ok) return this.refuse(item, appended.error)
      durable.push(...held.updates)
      this.host.stored(appended.value, item.update)
      item.resolve(ok(undefined))
    })
    this.host.committed(durable)
  }
}
