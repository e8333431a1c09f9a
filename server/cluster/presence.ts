/**
 * Presence across instances for one document. Local clients' awareness changes are published;
 * other instances' are applied with the REMOTE origin and never re-published. A remote client id
 * is owned by a placeholder peer, so no local connection can speak for it (providers echo every
 * state they hear); when its instance leaves or misses heartbeats its states are removed, which
 * also tells a client that moved here to re-announce itself (y-protocols does that on removal).
 */
import * as awarenessProtocol from 'y-protocols/awareness'
import type { DocLink } from './fanout'
import { encodeAwareness, parseAwareness, type AwarenessEntry, type AwarenessLimits } from '../sync/validate'

/** transaction/awareness origin of changes that came from another instance */
export const REMOTE = Symbol('remote instance')

interface Sender {
  send(message: Uint8Array): void
}
/** the owner of every client id connected to another instance */
export const REMOTE_PEER: Sender = { send() {} }

/** other instances already bounded each client's state; these bound a whole message */
const REMOTE_LIMITS: AwarenessLimits = { maxStateBytes: 64 * 1024, maxDepth: 16, maxEntries: 10_000 }

export class PresenceBridge {
  /** client id → the instance it is connected to */
  private readonly remoteOwner = new Map<number, string>()

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly owners: Map<number, Sender>,
    private readonly link: DocLink,
    private readonly log: (message: string, detail?: unknown) => void,
  ) {}

  /** called for every awareness change of the live document */
  onLocalChange(changed: readonly number[], removed: readonly number[], origin: unknown): void {
    const mine = origin === REMOTE ? [] : changed.filter((id) => !this.remoteOwner.has(id) && this.owners.get(id) !== REMOTE_PEER)
    if (mine.length > 0) this.link.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, mine))
    for (const id of removed) {
      if (this.remoteOwner.delete(id) && this.owners.get(id) === REMOTE_PEER) this.owners.delete(id)
    }
  }

  receive(instanceId: string, update: Uint8Array): void {
    const parsed = parseAwareness(update, REMOTE_LIMITS)
    if (!parsed.ok) return this.log('ignored a malformed awareness message from another instance', parsed.error)
    const kept = parsed.value.filter((entry) => {
      const owner = this.owners.get(entry.clientId)
      // a client connected here is authoritative here (another instance may hold a stale socket)
      if (owner !== undefined && owner !== REMOTE_PEER) return false
      if (entry.state === null) {
        // only the instance that holds a client may remove it: it may have moved elsewhere since
        const holder = this.remoteOwner.get(entry.clientId)
        return holder === undefined || holder === instanceId
      }
      this.remoteOwner.set(entry.clientId, instanceId)
      this.owners.set(entry.clientId, REMOTE_PEER)
      return true
    })
    if (kept.length > 0) awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwareness(kept), REMOTE)
  }

  /** another instance started serving this document: tell it who is here */
  answerQuery(): void {
    const states = this.awareness.getStates()
    const mine = [...this.owners].filter(([id, owner]) => owner !== REMOTE_PEER && states.has(id)).map(([id]) => id)
    if (mine.length > 0) this.link.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, mine))
  }

  instanceGone(instanceId: string): void {
    const ids = [...this.remoteOwner].filter(([, holder]) => holder === instanceId).map(([id]) => id)
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, REMOTE)
  }
}

/**
 * A client whose state was removed here (its instance died, or its old socket closed) announces
 * itself again with the clock it had, which y-protocols ignores as old. Told that it was removed,
 * the client's own awareness bumps its clock and re-announces. Returns that notice, if any is due.
 */
export function removedNotice(awareness: awarenessProtocol.Awareness, entries: readonly AwarenessEntry[]): Uint8Array | undefined {
  const stale: AwarenessEntry[] = []
  for (const e of entries) {
    const clock = awareness.meta.get(e.clientId)?.clock
    if (e.state !== null && clock !== undefined && clock >= e.clock && !awareness.states.has(e.clientId)) {
      stale.push({ clientId: e.clientId, clock, state: null })
    }
  }
  return stale.length > 0 ? encodeAwareness(stale) : undefined
}
