import { afterEach, describe, expect, it } from 'vitest'
import { CameraRecordType, TLDOCUMENT_ID, type TLRecord, type TLStore } from 'tldraw'
import type * as Y from 'yjs'
import { ORIGINS } from '../../../shared/doc/origin'
import { whiteboardRecords } from '../../../shared/doc/schema'
import { DEFAULT_PAGE_ID } from '../../../client/src/views/whiteboard/records'
import { bindStoreToYDoc } from '../../../client/src/views/whiteboard/yjs-store'
import { countLocalWrites, docWithClientId, link, newStore, rectangle } from './fixtures'

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
})

function bound(doc: Y.Doc, readOnly = false): TLStore {
  const store = newStore()
  cleanups.push(bindStoreToYDoc(store, doc, { readOnly }))
  return store
}

/** Two writers on linked docs, already bound. */
function pair() {
  const docA = docWithClientId(1)
  const docB = docWithClientId(2)
  cleanups.push(link(docA, docB))
  return { docA, docB, storeA: bound(docA), storeB: bound(docB) }
}

const keysIn = (doc: Y.Doc) => whiteboardRecords(doc).toArray().map((e) => e.key)
const ofType = (store: TLStore, typeName: TLRecord['typeName']) =>
  store.allRecords().filter((r) => r.typeName === typeName)

describe('bindStoreToYDoc', () => {
  it('seeds an empty doc with tldraw’s fixed-id document and page', () => {
    const doc = docWithClientId(1)
    bound(doc)
    expect(keysIn(doc).sort()).toEqual([TLDOCUMENT_ID, DEFAULT_PAGE_ID].sort())
  })

  it('loads the records a doc already holds into a new store', () => {
    const { docA, storeA } = pair()
    storeA.put([rectangle('box', 40)])
    const late = bound(docA)
    expect(late.get(rectangle('box').id)).toMatchObject({ x: 40 })
    expect(ofType(late, 'page').map((p) => p.id)).toEqual([DEFAULT_PAGE_ID])
  })

  it('shows a shape created in store A in store B', () => {
    const { storeA, storeB } = pair()
    const box = rectangle('box', 10)
    storeA.put([box])
    expect(storeB.get(box.id)).toEqual(box)
  })

  it('carries updates and deletions across', () => {
    const { storeA, storeB } = pair()
    const box = rectangle('box')
    storeA.put([box])
    storeB.put([{ ...box, x: 99 }])
    expect(storeA.get(box.id)).toMatchObject({ x: 99 })
    storeA.remove([box.id])
    expect(storeB.get(box.id)).toBeUndefined()
  })

  it('does not echo a remote change back as a write', () => {
    const { docB, storeA } = pair()
    const writesB = countLocalWrites(docB)
    const box = rectangle('box')
    storeA.put([box])
    storeA.put([{ ...box, x: 5 }])
    storeA.remove([box.id])
    expect(writesB.count).toBe(0)
  })

  it('does not merge its own writes back into its store as remote changes', () => {
    const { storeA } = pair()
    let remoteMerges = 0
    cleanups.push(storeA.listen(() => remoteMerges++, { source: 'remote', scope: 'document' }))
    storeA.put([rectangle('box')])
    expect(remoteMerges).toBe(0)
  })

  it('applies a valid record written to the doc by other code', () => {
    const { docA, storeB } = pair()
    const box = rectangle('from-template')
    docA.transact(() => whiteboardRecords(docA).push([{ key: box.id, val: box }]), ORIGINS.template)
    expect(storeB.get(box.id)).toEqual(box)
  })

  it('writes one local-user transaction per store change', () => {
    const { docA, storeA } = pair()
    const origins: unknown[] = []
    docA.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin))
    storeA.put([rectangle('one'), rectangle('two')])
    expect(origins).toEqual([ORIGINS.localUser])
  })

  it('keeps only the latest value of a record in the doc', () => {
    const { docA, docB, storeA } = pair()
    const box = rectangle('box')
    storeA.put([box])
    for (let x = 1; x <= 20; x++) storeA.put([{ ...box, x }])
    for (const doc of [docA, docB]) expect(whiteboardRecords(doc).length).toBe(3)
  })

  it('does not write session records (camera, instance) to the doc', () => {
    const { docA, storeA } = pair()
    const camera = storeA.get(CameraRecordType.createId(DEFAULT_PAGE_ID))
    if (!camera) throw new Error('store has no camera')
    storeA.put([{ ...camera, x: 300 }])
    expect(keysIn(docA).some((k) => k.startsWith('camera:'))).toBe(false)
  })

  it('converges when two fresh clients seed at the same time', () => {
    const docA = docWithClientId(1)
    const docB = docWithClientId(2)
    const storeA = bound(docA)
    const storeB = bound(docB)
    cleanups.push(link(docA, docB))
    for (const doc of [docA, docB]) expect(keysIn(doc).sort()).toEqual([TLDOCUMENT_ID, DEFAULT_PAGE_ID].sort())
    for (const store of [storeA, storeB]) expect(ofType(store, 'page').map((p) => p.id)).toEqual([DEFAULT_PAGE_ID])
  })

  it('stops syncing in both directions once disposed', () => {
    const docA = docWithClientId(1)
    const docB = docWithClientId(2)
    cleanups.push(link(docA, docB))
    const storeA = newStore()
    const disposeA = bindStoreToYDoc(storeA, docA, { readOnly: false })
    const storeB = bound(docB)
    disposeA()
    storeA.put([rectangle('mine')])
    storeB.put([rectangle('theirs')])
    expect(keysIn(docA)).not.toContain(rectangle('mine').id)
    expect(storeA.get(rectangle('theirs').id)).toBeUndefined()
  })
})

describe('bindStoreToYDoc, read-only', () => {
  it('never seeds an empty doc', () => {
    const doc = docWithClientId(3)
    const writes = countLocalWrites(doc)
    bound(doc, true)
    expect(writes.count).toBe(0)
    expect(whiteboardRecords(doc).length).toBe(0)
  })

  it('follows remote changes but writes none of its own', () => {
    const { docA, storeA } = pair()
    const docObserver = docWithClientId(3)
    cleanups.push(link(docA, docObserver))
    const writes = countLocalWrites(docObserver)
    const observer = bound(docObserver, true)
    const box = rectangle('box')
    storeA.put([box])
    storeA.put([{ ...box, x: 7 }])
    expect(observer.get(box.id)).toMatchObject({ x: 7 })
    observer.put([rectangle('sneaky')])
    observer.remove([box.id])
    storeA.remove([box.id])
    expect(observer.get(box.id)).toBeUndefined()
    expect(writes.count).toBe(0)
  })

  it('shows the surviving value of a concurrent edit without cleaning up itself', () => {
    const docA = docWithClientId(1)
    const docB = docWithClientId(2)
    const storeA = bound(docA)
    const storeB = bound(docB)
    const box = rectangle('box')
    storeA.put([{ ...box, x: 1 }])
    storeB.put([{ ...box, x: 2 }])
    const docObserver = docWithClientId(3)
    const writes = countLocalWrites(docObserver)
    const observer = bound(docObserver, true)
    cleanups.push(link(docA, docB, docObserver))
    const winner = storeA.get(box.id)
    expect(storeB.get(box.id)).toEqual(winner)
    expect(observer.get(box.id)).toEqual(winner)
    expect(writes.count).toBe(0)
  })
})

describe('bindStoreToYDoc, untrusted doc content', () => {
  it.each([
    ['a value that is not a record', 'shape:x', 42],
    ['a key that differs from the record id', 'shape:other', { id: 'shape:x', typeName: 'shape' }],
    ['a session record', 'camera:page:page', { id: 'camera:page:page', typeName: 'camera', x: 1, y: 1, z: 1, meta: {} }],
    ['an unknown record type', 'widget:x', { id: 'widget:x', typeName: 'widget' }],
    ['a shape that fails validation', 'shape:x', { id: 'shape:x', typeName: 'shape', type: 'geo' }],
  ])('ignores %s', (_label, key, val) => {
    const { docA, storeB } = pair()
    const before = storeB.allRecords().length
    docA.transact(() => whiteboardRecords(docA).push([{ key, val }]), 'template')
    expect(storeB.allRecords().length).toBe(before)
  })
})
