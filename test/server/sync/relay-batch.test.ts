import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import { relayBatch } from '../../../server/sync/relay-batch'
import type { Peer } from '../../../server/sync/pending-write'

function peer(): Peer & { got: Uint8Array[] } {
  const got: Uint8Array[] = []
  return { got, send: (m) => got.push(m) }
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
  it('merges a batch once and sends every peer, its writers too, that one message', () => {
    const [a, b, c] = [peer(), peer(), peer()]
    relayBatch(new Set([a, b, c]), [
      { update: change(1, 'a1'), origin: a },
      { update: change(2, 'b1'), origin: b },
      { update: change(3, 'a2'), origin: a },
      { update: change(4, 'server'), origin: 'server' },
    ])
    expect([a.got.length, b.got.length, c.got.length]).toEqual([1, 1, 1])
    expect(a.got[0]).toBe(c.got[0])
    expect(b.got[0]).toBe(c.got[0])
    expect(keysFrom(c.got)).toEqual(['a1', 'a2', 'b1', 'server'])
  })

  it('leaves a writer who already holds its own updates exactly as the others once it applies the merged message', () => {
    const writer = new Y.Doc()
    writer.clientID = 1
    const own: Uint8Array[] = []
    writer.on('update', (u: Uint8Array) => own.push(u))
    writer.getMap('m').set('mine', 'mine')
    const a = peer()
    const b = peer()
    relayBatch(new Set([a, b]), [
      { update: own[0]!, origin: a },
      { update: change(2, 'theirs'), origin: b },
    ])
    for (const m of a.got) {
      const d = decoding.createDecoder(m)
      decoding.readVarUint(d)
      decoding.readVarUint(d)
      Y.applyUpdate(writer, decoding.readVarUint8Array(d))
    }
    expect([...writer.getMap('m').entries()].sort()).toEqual([
      ['mine', 'mine'],
      ['theirs', 'theirs'],
    ])
    expect(keysFrom(b.got)).toEqual(['mine', 'theirs'])
  })

  it('sends a single update to every peer but its writer', () => {
    const [a, b] = [peer(), peer()]
    const update = change(1, 'only')
    relayBatch(new Set([a, b]), [{ update, origin: a }])
    expect(a.got).toEqual([])
    expect(keysFrom(b.got)).toEqual(['only'])
  })
})
