/**
 * Splits one tldraw change into Yjs transactions that each fit in a websocket frame. Each record
 * is measured as Yjs will encode it (lib0 `writeAny` of the `{ key, val }` entry). A change whose
 * records fit together stays one transaction (one update); a larger one (a big paste) becomes
 * several; a single record that cannot fit at all makes the whole change refused, so nothing
 * half-arrives at the others.
 */
import * as encoding from 'lib0/encoding'

export interface Measured<R> {
  readonly record: R
  readonly bytes: number
}

export type FramePlan<R> =
  | { readonly ok: true; readonly batches: readonly (readonly R[])[] }
  | { readonly ok: false; readonly tooLarge: Measured<R> }

/** bytes the `{ key, val }` entry takes in a Yjs update */
export function encodedEntrySize(key: string, val: unknown): number {
  const encoder = encoding.createEncoder()
  encoding.writeAny(encoder, { key, val } as Parameters<typeof encoding.writeAny>[1])
  return encoding.length(encoder)
}

/** Greedy in the change's own order: records keep their relative order across batches. */
export function planFrames<R>(records: readonly R[], sizeOf: (r: R) => number, budget: number): FramePlan<R> {
  const batches: R[][] = []
  let current: R[] = []
  let used = 0
  for (const record of records) {
    const bytes = sizeOf(record)
    if (bytes > budget) return { ok: false, tooLarge: { record, bytes } }
    if (used + bytes > budget && current.length > 0) {
      batches.push(current)
      current = []
      used = 0
    }
    current.push(record)
    used += bytes
  }
  if (current.length > 0) batches.push(current)
  return { ok: true, batches }
}
