import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import { relayBatch } from '../../../server/sync/relay-batch'
import type { Peer } from '../../../server/sync/pending-write'

/** a peer that records each socket write it is asked for: one message, or several sent together */
function peer(): Peer & { got: Uint8Array[]; writes: number } {
  const got: Uint8Array[] = []
  const p = {
    got,
    writes: 0,
    send: (m: Uint8Array) => {
      p.writes++
      got.push(m)
    },
    sendAll: (ms: readonly Uint8Array[]) => {
      p.writes++
      got.push(...ms)
    },
  }
  return p
}

function change(clientID: number, key: string): Uint8Array {
  const d = new Y.Doc()
  d.clientID = clientID
  d.getMap('m').set(key, key)
  return Y.encodeStateAsUpdate(d)
}

/** the keys a peer holds after applying every message it was sent (sync update messages) */
function keysFrom(messages: readonly Uint8Array[]): string[] {
  const doc = new Y.Doc()
  for (const m of messages) {
    const d = decoding.createDecoder(m)
    expect([decoding.readVarUint(d), decoding.readVarUint(d)]).toEqual([0, 2])
    Y.applyUpdate(doc, decoding.readVarUint8Array(d))
  }
  return [...doc.getMap('m').keys()].sort()
}

describe('relaying a batch of durable updates', () => {
  it('sends each peer every update but its own, in order, in one write per peer', () => {
    const [a, b, c] = [peer(), peer(), peer()]
    relayBatch(new Set([a, b, c]), [
      { update: change(1, 'a1'), origin: a },
      { update: change(2, 'b1'), origin: b },
      { update: change(3, 'a2'), origin: a },
      { update: change(4, 'server'), origin: 'server' },
    ])
    expect([a.writes, b.writes, c.writes]).toEqual([1, 1, 1])
    expect([a.got.length, b.got.length, c.got.length]).toEqual([2, 3, 4])
    expect(keysFrom(c.got)).toEqual(['a1', 'a2', 'b1', 'server'])
    expect(keysFrom(a.got)).toEqual(['b1', 'server'])
    expect(keysFrom(b.got)).toEqual(['a1', 'a2', 'server'])
  })

  it('relays the exact bytes that were stored, encoded once for every peer', () => {
    const [a, b, c] = [peer(), peer(), peer()]
    const updates = [change(1, 'a1'), change(2, 'b1')]
    relayBatch(new Set([a, b, c]), [
      { update: updates[0]!, origin: a },
      { update: updates[1]!, origin: b },
    ])
    const payload = (m: Uint8Array) => {
      const d = decoding.createDecoder(m)
      decoding.readVarUint(d)
      decoding.readVarUint(d)
      return decoding.readVarUint8Array(d)
    }
    expect(c.got.map(payload)).toEqual(updates)
    expect(a.got[0]).toBe(c.got[1])
    expect(b.got[0]).toBe(c.got[0])
  })

  it('sends a single update to every peer but its writer', () => {
    const [a, b] = [peer(), peer()]
    const update = change(1, 'only')
    relayBatch(new Set([a, b]), [{ update, origin: a }])
    expect(a.got).toEqual([])
    expect(keysFrom(b.got)).toEqual(['only'])
  })
})
