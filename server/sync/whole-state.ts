/**
 * A client that says it holds nothing (shared/sync/fresh-client.ts) is sent the whole state without
 * asking. While the document is still loading from a one-row (compacted) log, that is the stored row
 * itself, sent as soon as it is read and before the server has built its copy; otherwise the live
 * state, once the client has joined. From joining on it is relayed every update like any peer, so
 * its first sync step 1, if it still holds nothing then, lacks nothing and is answered with nothing.
 */
import * as Y from 'yjs'
import type { LiveDoc } from './live-doc'
import type { StoredStateListener } from './registry'
import { CLOSE, EMPTY_STATE_VECTOR, EMPTY_UPDATE, encodeSyncMessage, isEmptyStateVector, SYNC } from './protocol'

export class WholeState implements StoredStateListener {
  /** the stored row sent before the build, until the client has joined */
  private early: Uint8Array | undefined
  /** the whole state has been (or is being) sent: the first step 1 with an empty vector lacks nothing */
  private sent = false

  /** `sendState` sends a document state (a large frame the backpressure check lets pass: connection.ts) */
  constructor(
    private readonly sendState: (message: Uint8Array) => void,
    private readonly close: (code: number, reason: string) => void,
  ) {}

  /** the stored state, read before the document is built (DocRegistry.acquire's listener) */
  stored(state: Uint8Array): void {
    this.early = state
    this.sent = true
    this.sendState(encodeSyncMessage(SYNC.step2, state))
  }

  /** the row it was sent failed to apply and was quarantined: what it holds is not the document */
  notBuiltFrom(): void {
    this.early = undefined
    this.close(CLOSE.repaired, 'this document was repaired on the server')
  }

  /** once the client is one of the live document's peers */
  joined(doc: LiveDoc): Promise<void> | void {
    const early = this.early
    this.early = undefined
    this.sent = true
    // answered behind queued writes, like a step 1: it never carries an update that is not yet durable
    if (!early) return doc.afterWrites(() => this.sendState(encodeSyncMessage(SYNC.step2, doc.missingFor(EMPTY_STATE_VECTOR))))
    if (doc.unchangedSince(early)) return
    // what was applied between the read and joining (another instance's updates, in a cluster)
    const since = Y.encodeStateVectorFromUpdate(early)
    return doc.afterWrites(() => this.sendState(encodeSyncMessage(SYNC.step2, doc.missingFor(since))))
  }

  /** the answer to the client's sync step 1 */
  answer(doc: LiveDoc, sv: Uint8Array): Uint8Array {
    const lacksNothing = this.sent && isEmptyStateVector(sv)
    this.sent = false
    return lacksNothing ? EMPTY_UPDATE : doc.missingFor(sv)
  }
}
