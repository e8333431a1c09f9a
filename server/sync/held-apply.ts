/**
 * Applies rows to a live document with their relay held back: what Yjs emits is collected in
 * `held` instead of reaching peers, and relayed only when the caller says so (after the append).
 * A throw is caught and named; whether the bytes were a Yjs update at all is told apart only then,
 * so the full decode is paid on the failure path, not for every update. `changed` is false when
 * the apply changed nothing — no struct, no deletion, nothing parked waiting for a missing
 * dependency — so the update holds nothing the stored log lacks.
 */
import * as Y from 'yjs'
import type { SeqUpdate } from '../storage/types'
import { applyRows } from './doc-loader'

export interface Held {
  readonly changed: boolean
  /** what the apply emitted, with its origin, in order */
  readonly updates: readonly HeldUpdate[]
  /** sends what the apply emitted to the document's peers */
  relay(): void
}

export interface HeldUpdate {
  readonly update: Uint8Array
  readonly origin: unknown
}

export type HeldFailure = { readonly failed: string; readonly malformed: boolean }

interface PendingStore {
  pendingStructs: { update: Uint8Array } | null
  pendingDs: Uint8Array | null
}

const pendingOf = (store: PendingStore) => [store.pendingStructs, store.pendingStructs?.update, store.pendingDs] as const

function decodes(update: Uint8Array | undefined): boolean {
  if (!update) return false
  try {
    Y.decodeUpdate(update)
    return true
  } catch {
    return false
  }
}

export function applyHeld(
  doc: Y.Doc,
  rows: readonly SeqUpdate[],
  origin: unknown,
  held: HeldUpdate[],
  relay: (update: Uint8Array, origin: unknown) => void,
): Held | HeldFailure {
  const store = doc.store as unknown as PendingStore
  const before = pendingOf(store)
  const failed = applyRows(doc, rows, origin)
  if (failed) return { failed: failed.reason, malformed: !decodes(rows.find((r) => r.seq === failed.seq)?.update) }
  const after = pendingOf(store)
  const changed = held.length > 0 || after.some((v, i) => v !== before[i])
  return { changed, updates: held, relay: () => held.forEach((h) => relay(h.update, h.origin)) }
}
