/**
 * Relays a batch of durable updates: each update is encoded as a message once, and every peer gets
 * every update of the batch but its own, in order, in one socket write (`Peer.sendAll` corks the
 * socket around the frames). The updates go out as the exact bytes that were applied and stored:
 * merging them into one update (as this did before) decoded and re-encoded every batch, which cost
 * more CPU than the frames it saved, and the syscalls are the same — one write per peer per batch.
 */
import type { HeldUpdate } from './held-apply'
import type { Peer } from './pending-write'
import { encodeSyncMessage, SYNC } from './protocol'

export function relayBatch(peers: ReadonlySet<Peer>, updates: readonly HeldUpdate[]): void {
  if (updates.length === 0) return
  const messages = updates.map((h) => encodeSyncMessage(SYNC.update, h.update))
  if (messages.length === 1) {
    const [only] = messages as [Uint8Array]
    const writer = updates[0]!.origin
    for (const peer of peers) if (peer !== writer) peer.send(only)
    return
  }
  const writers = new Set<unknown>(updates.map((h) => h.origin))
  for (const peer of peers) {
    if (!writers.has(peer)) peer.sendAll(messages)
    else {
      const others = messages.filter((_, i) => updates[i]!.origin !== peer)
      if (others.length > 0) peer.sendAll(others)
    }
  }
}
