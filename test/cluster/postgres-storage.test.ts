import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import * as Y from 'yjs'
import { POSTGRES_MIGRATIONS } from '../../server/storage/postgres-schema'
import { openPostgresStorage } from '../../server/storage/postgres'
import type { Storage } from '../../server/storage/types'
import { startDevServices, type DevServices } from '../helpers/cluster'

function update(key: string): Uint8Array {
  const d = new Y.Doc()
  d.getMap('m').set(key, key)
  return Y.encodeStateAsUpdate(d)
}

function keysOf(updates: readonly Uint8Array[]): string[] {
  const d = new Y.Doc()
  for (const u of updates) Y.applyUpdate(d, u)
  return [...d.getMap('m').keys()].sort()
}

describe('PostgreSQL storage, as several instances use it', () => {
  let services: DevServices
  const opened: Storage[] = []
  const open = async () => {
    const s = await openPostgresStorage({ connectionString: services.databaseUrl })
    opened.push(s)
    return s
  }
  beforeAll(async () => {
    services = await startDevServices()
  })
  afterAll(async () => {
    for (const s of opened) await s.close()
    await services?.stop()
  })

  it('migrates once when several instances start together, and again is a no-op', async () => {
    const [a, b, c] = await Promise.all([open(), open(), open()])
    expect((await a.ping()).ok && (await b.ping()).ok && (await c.ping()).ok).toBe(true)
    const client = new pg.Client({ connectionString: services.databaseUrl })
    await client.connect()
    const versions = await client.query('SELECT version FROM schema_migrations')
    await client.end()
    expect(versions.rowCount).toBe(POSTGRES_MIGRATIONS.length)
  })

  it('appends in order, loads them back, and loads a never-written document as empty', async () => {
    const s = await open()
    expect(await s.appendUpdate('w1/board', update('a'))).toEqual({ ok: true, value: 1 })
    expect(await s.appendUpdate('w1/board', update('b'))).toEqual({ ok: true, value: 2 })
    const log = await s.loadDoc('w1/board')
    expect(log.ok && keysOf(log.value.updates)).toEqual(['a', 'b'])
    expect(log.ok && log.value.lastSeq).toBe(2)
    expect(await s.loadDoc('w1/nothing')).toEqual({ ok: true, value: { updates: [], rows: [], lastSeq: 0, quarantined: [] } })
  })

  it('gives concurrent appends from two instances distinct, gap-free seqs', async () => {
    const [a, b] = [await open(), await open()]
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).appendUpdate('w2/board', update(`k${i}`))))
    const seqs = results.map((r) => (r.ok ? r.value : -1)).sort((x, y) => x - y)
    expect(seqs).toEqual(Array.from({ length: 60 }, (_, i) => i + 1))
    const heads = await a.lastSeqs(['w2/board', 'w2/none'])
    expect(heads.ok && [...heads.value]).toEqual([['w2/board', 60]])
  })

  it('stores the appends of one document made in the same turn together, with consecutive seqs in the order they were made', async () => {
    const s = await open()
    const results = await Promise.all(['x0', 'x1', 'x2', 'x3', 'x4'].map((k) => s.appendUpdate('w6/board', update(k))))
    expect(results).toEqual([1, 2, 3, 4, 5].map((value) => ({ ok: true, value })))
    const log = await s.loadDoc('w6/board')
    expect(log.ok && log.value.rows.map((r) => keysOf([r.update])[0])).toEqual(['x0', 'x1', 'x2', 'x3', 'x4'])
    expect(await s.appendUpdate('w6/board', update('x5'))).toEqual({ ok: true, value: 6 })
  })

  it('stores every byte of an update exactly, appended alone or with others in the same turn', async () => {
    const s = await open()
    // every byte value, including those a text encoding would escape or refuse (0x00, '\\', 'x', 0xff)
    const raw = Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 256)
    const alone = raw.subarray(3, 300) // a view with an offset, as a socket hands updates over
    expect(await s.appendUpdate('w7/board', alone)).toEqual({ ok: true, value: 1 })
    const together = await Promise.all([raw, alone, raw.subarray(0, 1)].map((u) => s.appendUpdate('w7/board', u)))
    expect(together).toEqual([2, 3, 4].map((value) => ({ ok: true, value })))
    const rows = await s.updatesAfter('w7/board', 0)
    expect(rows.ok && rows.value.map((r) => [r.seq, Buffer.from(r.update).toString('hex')])).toEqual(
      [alone, raw, alone, raw.subarray(0, 1)].map((u, i) => [i + 1, Buffer.from(u).toString('hex')]),
    )
  })

  it('compaction on one instance while another appends loses no update', async () => {
    const [a, b] = [await open(), await open()]
    const doc = new Y.Doc()
    for (let i = 0; i < 20; i++) {
      const u = update(`a${i}`)
      Y.applyUpdate(doc, u)
      await a.appendUpdate('w3/board', u)
    }
    const appending = Promise.all(Array.from({ length: 40 }, (_, i) => b.appendUpdate('w3/board', update(`b${i}`))))
    const compacted = await a.compact('w3/board', 20, Y.encodeStateAsUpdate(doc))
    await appending
    expect(compacted.ok).toBe(true)
    const log = await b.loadDoc('w3/board')
    if (!log.ok) throw new Error(log.error.message)
    expect(keysOf(log.value.updates)).toHaveLength(60)
    expect(log.value.lastSeq).toBe(60)
    const after = await b.updatesAfter('w3/board', 5)
    // the compacted row (seq 20) stands for seqs 1–20, so a reader at 5 gets it and every later row
    expect(after.ok && after.value[0]?.seq).toBe(20)
    expect(after.ok && keysOf(after.value.map((r) => r.update))).toHaveLength(60)
  })

  it('an instance compacting to an older seq than another already did keeps the newer state', async () => {
    const s = await open()
    const doc = new Y.Doc()
    for (let i = 0; i < 6; i++) {
      const u = update(`c${i}`)
      Y.applyUpdate(doc, u)
      await s.appendUpdate('w4/board', u)
    }
    await s.compact('w4/board', 6, Y.encodeStateAsUpdate(doc))
    await s.compact('w4/board', 3, Y.encodeStateAsUpdate(new Y.Doc()))
    const log = await s.loadDoc('w4/board')
    expect(log.ok && keysOf(log.value.updates)).toHaveLength(6)
  })

  it("counts a workspace's stored bytes by its key prefix alone, neighbouring keys out, compacted logs included", async () => {
    const s = await open()
    const keys = ['pq/board', 'pq/group/1', 'pq0/board', 'pq./board', 'pqr/board']
    // each update has its own random client id, so lengths are read from the ones stored
    const stored = new Map<string, Uint8Array[]>()
    for (const key of keys) {
      stored.set(key, [update(`${key}:a`), update(`${key}:b`)])
      for (const u of stored.get(key)!) await s.appendUpdate(key, u)
    }
    const bytes = (key: string) => stored.get(key)!.reduce((n, u) => n + u.byteLength, 0)
    expect(await s.storedBytes('pq/')).toEqual({ ok: true, value: bytes('pq/board') + bytes('pq/group/1') })
    expect(await s.storedBytes('pq0/')).toEqual({ ok: true, value: bytes('pq0/board') })
    const doc = new Y.Doc()
    for (const u of stored.get('pq/board')!) Y.applyUpdate(doc, u)
    const state = Y.encodeStateAsUpdate(doc)
    expect((await s.compact('pq/board', 2, state)).ok).toBe(true)
    expect(await s.storedBytes('pq/')).toEqual({ ok: true, value: state.byteLength + bytes('pq/group/1') })
    expect(await s.storedBytes('pz/')).toEqual({ ok: true, value: 0 })
  })

  it('quarantines a row that fails its checksum and serves every other row', async () => {
    const s = await open()
    await s.appendUpdate('w5/board', update('a'))
    await s.appendUpdate('w5/board', update('b'))
    const client = new pg.Client({ connectionString: services.databaseUrl })
    await client.connect()
    await client.query("UPDATE doc_updates SET data = '\\xff0102'::bytea WHERE doc = 'w5/board' AND seq = 1")
    await client.end()
    const log = await s.loadDoc('w5/board')
    if (!log.ok) throw new Error(log.error.message)
    expect(keysOf(log.value.updates)).toEqual(['b'])
    expect(log.value.quarantined).toEqual([{ seq: 1, reason: 'failed its checksum' }])
    const kept = await s.listQuarantine('w5/')
    expect(kept.ok && kept.value.map((r) => [r.docKey, r.seq, r.bytes])).toEqual([['w5/board', 1, 3]])
  })

  it('shares one server secret and numbers concurrent snapshots distinctly', async () => {
    const [a, b] = [await open(), await open()]
    const [sa, sb] = await Promise.all([a.serverSecret(), b.serverSecret()])
    expect(sa.ok && sb.ok && sa.value === sb.value).toBe(true)
    await a.createWorkspace(
      { id: 'ws-snap', title: 't', organisation: 'o', createdAt: '2025-01-01T00:00:00Z' },
      { id: 'm1', workspaceId: 'ws-snap', displayName: 'Kim', role: 'facilitator', stakeholderRole: 'teacher', tokenHash: 'h1', joinedAt: '2025-01-01T00:00:00Z' },
    )
    const row = { workspaceId: 'ws-snap', createdAt: '2025-01-02T00:00:00Z', authorId: 'm1', summary: 's', planJson: '{}', docState: new Uint8Array([0, 0]) }
    const made = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).insertSnapshot(row)))
    expect(made.map((m) => (m.ok ? m.value.version : 0)).sort()).toEqual([1, 2, 3, 4, 5, 6])
    const got = await b.getSnapshot('ws-snap', 6)
    expect(got.ok && got.value?.docState).toEqual(new Uint8Array([0, 0]))
    const members = await a.listMembers('ws-snap')
    expect(members.ok && members.value.map((m) => m.displayName)).toEqual(['Kim'])
  })

  it('keeps the first final mark of a version and refuses one for a version that does not exist', async () => {
    const s = await open()
    const first = await s.markSnapshotFinal({ workspaceId: 'ws-snap', version: 2, markedBy: 'm1', markedAt: '2025-01-03T00:00:00Z' })
    const again = await s.markSnapshotFinal({ workspaceId: 'ws-snap', version: 2, markedBy: 'm2', markedAt: '2025-01-04T00:00:00Z' })
    expect(first.ok && again.ok && again.value).toEqual({ workspaceId: 'ws-snap', version: 2, markedBy: 'm1', markedAt: '2025-01-03T00:00:00Z' })
    expect((await s.markSnapshotFinal({ workspaceId: 'ws-snap', version: 99, markedBy: 'm1', markedAt: '2025-01-03T00:00:00Z' })).ok).toBe(false)
    const list = await s.listSnapshotFinals('ws-snap')
    expect(list.ok && list.value.map((f) => f.version)).toEqual([2])
  })
})
