/**
 * The cluster half of a live document (see live-doc.ts): updates other instances publish are applied
 * in any order, held like a client's so a throwing one never reaches the peers half-applied, and a
 * gap in their seqs is filled by reading storage (`catchUp`) once it has stayed open a moment.
 */
import type { SeqUpdate, Storage } from '../storage/types'
import type { AppliedSeqs } from '../cluster/applied-seqs'
import type { DocLinkHandlers } from '../cluster/fanout'
import { REMOTE, type PresenceBridge } from '../cluster/presence'
import type { Held, HeldFailure } from './held-apply'

/** how long a gap in other instances' seqs may stay open before storage is read */
const GAP_GRACE_MS = 50

/** what the cluster side needs of the document */
export interface RemoteHost {
  readonly key: string
  readonly storage: Storage
  readonly log: (message: string, detail?: unknown) => void
  readonly applied: AppliedSeqs
  readonly presence: PresenceBridge
  /** the document was destroyed */
  gone(): boolean
  /** the document is being rebuilt from storage (which reads everything anyway) */
  rebuilding(): boolean
  applyHeld(rows: readonly SeqUpdate[], origin: unknown): Held | HeldFailure
  /** queues a rebuild from storage behind the document's writes */
  rebuildLater(reason: string): void
}

export class RemoteSync {
  private catching: Promise<void> = Promise.resolve()
  private gapTimer: NodeJS.Timeout | undefined

  constructor(private readonly host: RemoteHost) {}

  /** what other instances tell this document */
  readonly handlers: DocLinkHandlers = {
    onUpdate: (seq, update) => {
      const { host } = this
      if (host.gone() || host.rebuilding() || host.applied.has(seq)) return
      const applied = host.applyHeld([{ seq, update }], REMOTE)
      host.applied.mark(seq)
      if ('failed' in applied) return host.rebuildLater(`update ${seq} from another instance ${applied.failed}`)
      applied.relay()
      this.watchForGap()
    },
    onAwareness: (instanceId, update) => !this.host.gone() && this.host.presence.receive(instanceId, update),
    onAwarenessQuery: () => !this.host.gone() && this.host.presence.answerQuery(),
    onInstanceGone: (instanceId) => !this.host.gone() && this.host.presence.instanceGone(instanceId),
    onPossiblyMissed: () => void this.catchUp(),
  }

  /**
   * Applies every stored row after the last applied seq. Committed rows form a gap-free prefix (a
   * compacted row stands for all seqs up to its own), so afterwards nothing committed before the call is missing.
   */
  catchUp(): Promise<void> {
    const { host } = this
    const retry = `catch-up failed for ${host.key}; retried on the next gap or sweep`
    this.catching = this.catching
      .then(async () => {
        if (host.gone()) return
        const rows = await host.storage.updatesAfter(host.key, host.applied.last)
        if (!rows.ok) return host.log(retry, rows.error)
        if (host.gone() || host.rebuilding()) return
        const fresh = rows.value.filter((r) => !host.applied.has(r.seq))
        const applied = host.applyHeld(fresh, REMOTE)
        for (const { seq } of rows.value) host.applied.coverUpTo(seq)
        // the rebuild quarantines a row that throws again, so a catch-up never loops on one
        if ('failed' in applied) host.rebuildLater(`a stored row ${applied.failed}`)
        else applied.relay()
      })
      .catch((e: unknown) => host.log(retry, e instanceof Error ? e.message : e))
    return this.catching
  }

  /** updates from others may simply be in flight: give them a moment before reading storage */
  watchForGap(): void {
    if (!this.host.applied.hasGap || this.gapTimer) return
    this.gapTimer = setTimeout(() => {
      this.gapTimer = undefined
      if (this.host.applied.hasGap) void this.catchUp()
    }, GAP_GRACE_MS)
  }

  stop(): void {
    clearTimeout(this.gapTimer)
  }
}
