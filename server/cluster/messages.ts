/**
 * Binary messages between instances (lib0 encoding). Every message starts with the sender's
 * instance id so an instance can ignore its own. Decoding is total: bad bytes give an error.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { err, ok, type Result } from '../../shared/result'

export type ClusterMessage =
  | { readonly type: 'update'; readonly from: string; readonly seq: number; readonly update: Uint8Array }
  /** the updates one instance appended to one document in one event-loop turn, in seq order */
  | { readonly type: 'updates'; readonly from: string; readonly entries: readonly SeqEntry[] }
  | { readonly type: 'awareness'; readonly from: string; readonly update: Uint8Array }
  | { readonly type: 'awareness-query'; readonly from: string }
  | { readonly type: 'alive'; readonly from: string }
  | { readonly type: 'gone'; readonly from: string }
  | { readonly type: 'disconnect-member'; readonly from: string; readonly memberId: string; readonly reason: string }

export interface SeqEntry {
  readonly seq: number
  readonly update: Uint8Array
}

const TAG = { update: 0, awareness: 1, 'awareness-query': 2, alive: 3, gone: 4, 'disconnect-member': 5, updates: 6 } as const satisfies Record<ClusterMessage['type'], number>

export function encodeClusterMessage(m: ClusterMessage): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, TAG[m.type])
  encoding.writeVarString(e, m.from)
  if (m.type === 'update') {
    encoding.writeVarUint(e, m.seq)
    encoding.writeVarUint8Array(e, m.update)
  } else if (m.type === 'updates') {
    encoding.writeVarUint(e, m.entries.length)
    for (const entry of m.entries) {
      encoding.writeVarUint(e, entry.seq)
      encoding.writeVarUint8Array(e, entry.update)
    }
  } else if (m.type === 'awareness') {
    encoding.writeVarUint8Array(e, m.update)
  } else if (m.type === 'disconnect-member') {
    encoding.writeVarString(e, m.memberId)
    encoding.writeVarString(e, m.reason)
  }
  return encoding.toUint8Array(e)
}

export function decodeClusterMessage(bytes: Uint8Array): Result<ClusterMessage, string> {
  try {
    const d = decoding.createDecoder(bytes)
    const tag = decoding.readVarUint(d)
    const from = decoding.readVarString(d)
    let message: ClusterMessage
    switch (tag) {
      case TAG.update:
        message = { type: 'update', from, seq: decoding.readVarUint(d), update: decoding.readVarUint8Array(d) }
        break
      case TAG.updates: {
        const count = decoding.readVarUint(d)
        const entries: SeqEntry[] = []
        for (let i = 0; i < count; i++) entries.push({ seq: decoding.readVarUint(d), update: decoding.readVarUint8Array(d) })
        message = { type: 'updates', from, entries }
        break
      }
      case TAG.awareness:
        message = { type: 'awareness', from, update: decoding.readVarUint8Array(d) }
        break
      case TAG['awareness-query']:
        message = { type: 'awareness-query', from }
        break
      case TAG.alive:
        message = { type: 'alive', from }
        break
      case TAG.gone:
        message = { type: 'gone', from }
        break
      case TAG['disconnect-member']:
        message = { type: 'disconnect-member', from, memberId: decoding.readVarString(d), reason: decoding.readVarString(d) }
        break
      default:
        return err(`unknown cluster message ${tag}`)
    }
    if (decoding.hasContent(d)) return err('trailing bytes in cluster message')
    return ok(message)
  } catch (e) {
    return err(`malformed cluster message: ${e instanceof Error ? e.message : String(e)}`)
  }
}
