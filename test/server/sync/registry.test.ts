import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocRegistry } from '../../../server/sync/registry'
import { openSqliteStorage } from '../../../server/storage/sqlite'

function change(key: string, value: number, text?: string): Uint8Array {
  const d = new Y.Doc()
  d.getMap('m').set(key, text ?? value)
  return Y.encodeStateAsUpdate(d)
}

describe('the live document registry', () => {
  it('loses no update when a document is re-acquired while it is being unloaded', async () => {
    const storage = openSqliteStorage({ dataDir: ':memory:' })
    const registry = new DocRegistry(storage, { compactAfter: 3, unloadDelayMs: 0, log: () => undefined })
    for (let i = 0; i < 60; i++) {
      const live = await registry.acquire('w/board')
      if (!live.ok) throw new Error(live.error.message)
      const written = live.value.submit(change(`k${i}`, i), 'server')
      registry.release('w/board') // unload is scheduled while the write is still queued
      if (i % 3 === 0) await new Promise((r) => setImmediate(r))
      expect((await written).ok).toBe(true)
    }
    const live = await registry.acquire('w/board')
    if (!live.ok) throw new Error(live.error.message)
    expect(live.value.doc.getMap('m').size).toBe(60)
    registry.release('w/board')

    const fresh = new DocRegistry(storage, { compactAfter: 3, unloadDelayMs: 0, log: () => undefined })
    const reloaded = await fresh.acquire('w/board')
    expect(reloaded.ok && reloaded.value.doc.getMap('m').size).toBe(60)
    await storage.close()
  })

  it('folds a large document again only once its log holds as many bytes as its state', async () => {
    const storage = openSqliteStorage({ dataDir: ':memory:' })
    const registry = new DocRegistry(storage, { compactAfter: 3, unloadDelayMs: 60_000, log: () => undefined })
    const live = await registry.acquire('w/board')
    if (!live.ok) throw new Error(live.error.message)
    const settle = async () => {
      await new Promise((r) => setImmediate(r))
      await live.value.idle()
    }
    const rows = async () => {
      const log = await storage.loadDoc('w/board')
      return log.ok ? log.value.rows.length : -1
    }
    expect((await live.value.submit(change('big', 0, 'x'.repeat(20_000)), 'server')).ok).toBe(true)
    await live.value.compactNow()
    expect(await rows()).toBe(1)
    for (let i = 0; i < 5; i++) await live.value.submit(change(`k${i}`, i), 'server')
    await settle()
    expect(await rows()).toBe(6) // five small updates on a 20 KB state: not worth re-encoding it
    await live.value.submit(change('big2', 0, 'y'.repeat(20_000)), 'server')
    await settle()
    expect(await rows()).toBe(1)
    expect(live.value.doc.getMap('m').size).toBe(7)
    registry.release('w/board')
    await storage.close()
  })

  it('shares one load between connections that arrive together', async () => {
    const storage = openSqliteStorage({ dataDir: ':memory:' })
    const registry = new DocRegistry(storage, { compactAfter: 100, unloadDelayMs: 0, log: () => undefined })
    const [a, b] = await Promise.all([registry.acquire('w/board'), registry.acquire('w/board')])
    expect(a.ok && b.ok && a.value === b.value).toBe(true)
    expect(registry.loadedCount).toBe(1)
    await storage.close()
  })
})
