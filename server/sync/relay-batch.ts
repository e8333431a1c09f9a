/**
 * Relays a batch of durable updates with as few socket writes as possible: every peer that wrote
 * none of them gets one message — the batch merged into one update, encoded once — and a writer
 * gets the others' updates (merged when there are several), never its own back. One update alone
 * is encoded once and sent to every peer but its writer, as before.
 */
import * as Y from 'yjs'
import type { HeldUpdate } from './held-apply'
import type { Peer } from './pending-write'
import { encodeSyncMessage, SYNC } from './protocol'

const message = (updates: readonly HeldUpdate[]) =>
  encodeSyncMessage(SYNC.update, updates.length === 1 ? updates[0]!.update : Y.mergeUpdates(updates.map((h) => h.update)))

export function relayBatch(peers: ReadonlySet<Peer>, updates: readonly HeldUpdate[]): void {
  if (updates.length === 0) return
  const writers = new Set<unknown>(updates.map((h) => h.origin))
  let all: Uint8Array | undefined
  for (const peer of peers) {
    if (!writers.has(peer)) {
      all ??= message(updates)
      peer.send(all)
      continue
    }
    const others = updates.filter((h) => h.origin !== peer)
    if (others.length > 0) peer.send(message(others))
  }
}
