import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocRegistry } from '../../server/sync/registry'
import { openSqliteStorage } from '../../server/storage/sqlite'
import type { Storage } from '../../server/storage/types'
import type { LiveDoc } from '../../server/sync/live-doc'
import { waitFor } from '../helpers/wait'
import { memoryBus, type MemoryBus } from './memory-bus'

function change(key: string): Uint8Array {
  const d = new Y.Doc()
  d.getMap('m').set(key, key)
  return Y.encodeStateAsUpdate(d)
}
const keys = (live: LiveDoc) => [...live.doc.getMap('m').keys()].sort()

/** two "instances": registries on one storage, linked by an in-memory bus */
function twoInstances(bus: MemoryBus, storage: Storage, catchUpIntervalMs = 60_000, compactAfter = 1000) {
  const make = (id: string) =>
    new DocRegistry(storage, { compactAfter, unloadDelayMs: 0, log: () => undefined, cluster: { fanout: bus.fanout(id), catchUpIntervalMs } })
  return [make('one'), make('two')] as const
}

async function open(registry: DocRegistry, key = 'w/board'): Promise<LiveDoc> {
  const live = await registry.acquire(key)
  if (!live.ok) throw new Error(live.error.message)
  return live.value
}

describe('an instance never stays behind the others', () => {
  const cleanup: (() => void | Promise<void>)[] = []
  afterEach(async () => {
    for (const c of cleanup.splice(0)) await c()
  })
  const setUp = (catchUpIntervalMs?: number, compactAfter?: number) => {
    const bus = memoryBus()
    const storage = openSqliteStorage({ dataDir: ':memory:' })
    const [one, two] = twoInstances(bus, storage, catchUpIntervalMs, compactAfter)
    cleanup.push(() => one.stop(), () => two.stop(), () => storage.close())
    return { bus, storage, one, two }
  }

  it('applies updates published by another instance', async () => {
    const { one, two } = setUp()
    const [a, b] = [await open(one), await open(two)]
    await a.submit(change('x'), 'server')
    await waitFor(() => b.doc.getMap('m').has('x'), 'the update on the other instance')
    expect(b.appliedSeq).toBe(1)
  })

  it('fills a gap left by a lost message from storage as soon as a later one arrives', async () => {
    const { bus, one, two } = setUp()
    const [a, b] = [await open(one), await open(two)]
    bus.lose = (kind, _to, seq) => kind === 'update' && seq === 2
    for (const k of ['x', 'y', 'z']) await a.submit(change(k), 'server')
    await waitFor(() => keys(b).length === 3, 'the gap to be filled')
    expect(b.appliedSeq).toBe(3)
  })

  it('catches up a lost last message on the periodic sweep', async () => {
    const { bus, one, two } = setUp(100)
    const [a, b] = [await open(one), await open(two)]
    bus.lose = () => true
    await a.submit(change('only'), 'server')
    await waitFor(() => b.doc.getMap('m').has('only'), 'the sweep to read storage')
  })

  it('catches up after the link to the broker reconnects', async () => {
    const { bus, one, two } = setUp()
    const [a, b] = [await open(one), await open(two)]
    bus.lose = () => true
    await a.submit(change('during-outage'), 'server')
    bus.lose = () => false
    bus.reconnect('two')
    await waitFor(() => b.doc.getMap('m').has('during-outage'), 'the reconnect catch-up')
  })

  it('a server-side read sees an update committed elsewhere even before its message arrives', async () => {
    const { bus, one, two } = setUp()
    await open(two)
    const a = await open(one)
    bus.lose = () => true
    await a.submit(change('committed'), 'server')
    const seen = await two.withDoc('w/board', (live) => live.doc.getMap('m').has('committed'))
    expect(seen).toEqual({ ok: true, value: true })
  })

  it('loses nothing while both instances write and compact the same document', async () => {
    const { storage, one, two } = setUp(60_000, 7)
    const [a, b] = [await open(one), await open(two)]
    const writes: Promise<unknown>[] = []
    for (let i = 0; i < 60; i++) writes.push((i % 2 ? a : b).submit(change(`k${i}`), 'server'))
    await Promise.all(writes)
    await waitFor(() => keys(a).length === 60 && keys(b).length === 60, 'both copies complete')
    await Promise.all([a.compactNow(), b.compactNow()])
    const log = await storage.loadDoc('w/board')
    if (!log.ok) throw new Error(log.error.message)
    const reloaded = new Y.Doc()
    for (const u of log.value.updates) Y.applyUpdate(reloaded, u)
    expect(reloaded.getMap('m').size).toBe(60)
    expect(log.value.updates.length).toBeLessThan(60)
  })
})
