/**
 * A document built from many small edits by four authors in turn — sticky notes created, typed
 * into, moved and corrected — recorded as the individual updates, in order. Deterministic.
 */
import * as Y from 'yjs'

function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface EditedDoc {
  /** every edit's update, in the order made */
  readonly updates: Uint8Array[]
  /** the resulting state vector: a client holds the full state when its vector equals this */
  readonly stateVector: Uint8Array
  /** size of the merged state (what a compacted store holds) */
  readonly stateBytes: number
}

export function buildEditedDoc(count: number, seed = 7): EditedDoc {
  const random = prng(seed)
  // One document whose client id changes per edit: four authors who each see the others' edits
  // before making their own (applying every update to four documents costs far more to build).
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const ids: string[] = []
  for (let n = 0; n < count; n++) {
    doc.clientID = 1000 + (n % 4)
    const items = doc.getMap<Y.Map<unknown>>('items')
    const pick = () => items.get(ids[Math.floor(random() * ids.length)]!)!
    const kind = n % 10
    doc.transact(() => {
      if (kind === 0 || ids.length === 0) {
        const item = new Y.Map<unknown>()
        const id = `note-${n}`
        items.set(id, item)
        item.set('text', new Y.Text())
        item.set('x', Math.round(random() * 2000))
        item.set('y', Math.round(random() * 1200))
        item.set('color', ['yellow', 'blue', 'green', 'pink'][n % 4])
        ids.push(id)
      } else if (kind <= 6) {
        const text = pick().get('text') as Y.Text
        text.insert(Math.floor(random() * (text.length + 1)), 'abcdefghijklmnopqrstuvwxyz '[Math.floor(random() * 27)]!)
      } else if (kind <= 8) {
        const item = pick()
        item.set('x', Math.round(random() * 2000))
        item.set('y', Math.round(random() * 1200))
      } else {
        const text = pick().get('text') as Y.Text
        if (text.length > 0) text.delete(Math.floor(random() * text.length), 1)
        else text.insert(0, '.')
      }
    })
  }
  const result = { updates, stateVector: Y.encodeStateVector(doc), stateBytes: Y.encodeStateAsUpdate(doc).byteLength }
  doc.destroy()
  return result
}

/** True when `have` has seen at least everything `want` has (extra clients, e.g. the server's, are fine). */
export function covers(have: Uint8Array, want: Uint8Array): boolean {
  const mine = Y.decodeStateVector(have)
  for (const [client, clock] of Y.decodeStateVector(want)) if ((mine.get(client) ?? 0) < clock) return false
  return true
}
