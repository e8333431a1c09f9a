import { afterEach, describe, expect, it } from 'vitest'
import { toRichText, type TLStore } from 'tldraw'
import * as Y from 'yjs'
import { whiteboardRecords } from '../../../shared/doc/schema'
import { guardDoc } from '../../../client/src/workspace/frame-guard'
import { planFrames } from '../../../client/src/views/whiteboard/fit-frames'
import { bindStoreToYDoc } from '../../../client/src/views/whiteboard/yjs-store'
import { waitFor } from '../../helpers/wait'
import { docWithClientId, link, newStore, rectangle } from './fixtures'

const MAX_FRAME = 64 * 1024
const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
})

/** two linked writers; A's doc guarded as its connection would guard it, recording every update A sends */
function guardedPair() {
  const docA = docWithClientId(1)
  const docB = docWithClientId(2)
  const refusals: string[] = []
  guardDoc(docA, MAX_FRAME, (m) => refusals.push(m))
  cleanups.push(link(docA, docB))
  const sent: number[] = []
  docA.on('update', (u: Uint8Array, _o: unknown, _d: Y.Doc, tr: Y.Transaction) => tr.local && sent.push(u.byteLength))
  const storeA = newStore()
  const storeB = newStore()
  cleanups.push(bindStoreToYDoc(storeA, docA, { readOnly: false }), bindStoreToYDoc(storeB, docB, { readOnly: false }))
  return { docA, storeA, storeB, refusals, sent }
}

const labelled = (name: string, text: string, x = 0) => ({ ...rectangle(name, x), props: { ...rectangle(name).props, richText: toRichText(text) } })
const shapesIn = (store: TLStore) => store.allRecords().filter((r) => r.typeName === 'shape').length

describe('the whiteboard binding under a frame limit', () => {
  it('refuses a shape too large to send: it leaves the store, never enters the document, and the person is told', async () => {
    const { docA, storeA, storeB, refusals, sent } = guardedPair()
    const before = sent.length
    storeA.put([labelled('huge', 'x'.repeat(MAX_FRAME))])
    await waitFor(() => shapesIn(storeA) === 0, 'the refused shape to be reverted')
    expect(sent.length).toBe(before)
    expect(whiteboardRecords(docA).toArray().some((e) => e.key.includes('huge'))).toBe(false)
    expect(shapesIn(storeB)).toBe(0)
    expect(refusals[0]).toMatch(/This shape is too large to share \(\d+ KiB; one edit may be at most 56 KiB\)/)
  })

  it('keeps every edit after a refused one', async () => {
    const { storeA, storeB } = guardedPair()
    storeA.put([labelled('huge', 'x'.repeat(MAX_FRAME))])
    await waitFor(() => shapesIn(storeA) === 0, 'the refused shape to be reverted')
    storeA.put([rectangle('after', 5)])
    expect(storeB.get(rectangle('after').id)).toMatchObject({ x: 5 })
  })

  it('sends a paste larger than one frame as several updates that each fit, and all of it arrives', () => {
    const { storeA, storeB, sent, refusals } = guardedPair()
    const before = sent.length
    storeA.put(Array.from({ length: 40 }, (_, i) => labelled(`note${i}`, 'y'.repeat(4000), i)))
    expect(shapesIn(storeB)).toBe(40)
    const updates = sent.slice(before)
    expect(updates.length).toBeGreaterThan(1)
    for (const bytes of updates) expect(bytes).toBeLessThan(MAX_FRAME)
    expect(refusals).toEqual([])
  })
})

describe('planFrames', () => {
  it('keeps a change that fits as one batch, in order', () => {
    expect(planFrames([1, 2, 3], (n) => n, 10)).toEqual({ ok: true, batches: [[1, 2, 3]] })
  })

  it('splits in order where the budget runs out', () => {
    expect(planFrames([4, 4, 4, 1], (n) => n, 8)).toEqual({ ok: true, batches: [[4, 4], [4, 1]] })
  })

  it('refuses the whole change when one record cannot fit alone', () => {
    expect(planFrames([1, 20, 1], (n) => n, 10)).toEqual({ ok: false, tooLarge: { record: 20, bytes: 20 } })
  })
})
