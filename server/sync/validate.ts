/**
 * Incoming bytes are untrusted. An update is not decoded here: the write path applies it with its
 * relay held back, which proves it (a malformed one throws there and the live document is rebuilt
 * from storage). Its structure is decoded only when a check needs it — which roots it touches, for
 * a board lock or the monitored plan — and then once.
 */
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { err, ok, type Result } from '../../shared/result'

export interface IncomingUpdate {
  readonly update: Uint8Array
  /** the decoded structs and delete set; undefined when the bytes are not a Yjs update */
  readonly decoded: ReturnType<typeof Y.decodeUpdate> | undefined
}

export function incomingUpdate(update: Uint8Array): IncomingUpdate {
  let decoded: ReturnType<typeof Y.decodeUpdate> | undefined
  let tried = false
  return {
    update,
    get decoded() {
      if (!tried) {
        tried = true
        try {
          decoded = Y.decodeUpdate(update)
        } catch {
          decoded = undefined
        }
      }
      return decoded
    },
  }
}

export interface AwarenessLimits {
  readonly maxStateBytes: number
  readonly maxDepth: number
  readonly maxEntries: number
}

export interface AwarenessEntry {
  readonly clientId: number
  readonly clock: number
  /** null when the client left */
  readonly state: Record<string, unknown> | null
}

function depthOf(value: unknown, limit: number, depth = 0): number {
  if (depth > limit || value === null || typeof value !== 'object') return depth
  let max = depth
  for (const v of Object.values(value)) {
    max = Math.max(max, depthOf(v, limit, depth + 1))
    if (max > limit) break
  }
  return max
}

/** Parses an awareness update with bounds on entry count, state size and nesting depth. */
export function parseAwareness(update: Uint8Array, limits: AwarenessLimits): Result<AwarenessEntry[], string> {
  try {
    const d = decoding.createDecoder(update)
    const count = decoding.readVarUint(d)
    if (count > limits.maxEntries) return err(`awareness update has ${count} entries (at most ${limits.maxEntries})`)
    const entries: AwarenessEntry[] = []
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(d)
      const clock = decoding.readVarUint(d)
      const json = decoding.readVarString(d)
      if (json.length > limits.maxStateBytes) return err(`awareness state is larger than ${limits.maxStateBytes} bytes`)
      const state: unknown = JSON.parse(json)
      if (state !== null && (typeof state !== 'object' || Array.isArray(state))) return err('awareness state must be an object or null')
      if (depthOf(state, limits.maxDepth) > limits.maxDepth) return err(`awareness state is nested deeper than ${limits.maxDepth}`)
      entries.push({ clientId, clock, state: state as Record<string, unknown> | null })
    }
    if (decoding.hasContent(d)) return err('trailing bytes after awareness update')
    return ok(entries)
  } catch (e) {
    return err(`malformed awareness update: ${e instanceof Error ? e.message : String(e)}`)
  }
}

export function encodeAwareness(entries: readonly AwarenessEntry[]): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(e, entry.clientId)
    encoding.writeVarUint(e, entry.clock)
    encoding.writeVarString(e, JSON.stringify(entry.state))
  }
  return encoding.toUint8Array(e)
}
