import { afterEach, describe, expect, it, vi } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { rmSync } from 'node:fs'
import * as Y from 'yjs'
import { openSqliteStorage, PREFIX_READS } from '../../../server/storage/sqlite'
import { tempDir } from '../../helpers/server'
import { readStatements, tableScans } from '../../helpers/query-plans'

function update(key: string): Uint8Array {
  const d = new Y.Doc()
  d.getMap('m').set(key, key)
  return Y.encodeStateAsUpdate(d)
}

describe('SQLite storage', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })
  const open = () => {
    const dir = tempDir()
    dirs.push(dir)
    return { dir, storage: openSqliteStorage({ dataDir: dir }) }
  }

  it('appends updates in order and loads them back', async () => {
    const { storage } = open()
    expect((await storage.appendUpdate('w/board', update('a'))).ok).toBe(true)
    expect((await storage.appendUpdate('w/board', update('b'))).ok).toBe(true)
    const log = await storage.loadDoc('w/board')
    expect(log.ok && log.value.updates.length).toBe(2)
    expect(log.ok && log.value.lastSeq).toBe(2)
    await storage.close()
  })

  it('loads a never-written document as empty', async () => {
    const { storage } = open()
    const log = await storage.loadDoc('w/nothing')
    expect(log).toEqual({ ok: true, value: { updates: [], rows: [], lastSeq: 0, quarantined: [] } })
    await storage.close()
  })

  it('compaction replaces the log with one state and later appends continue after it', async () => {
    const { storage } = open()
    const doc = new Y.Doc()
    for (const k of ['a', 'b', 'c']) {
      const u = update(k)
      Y.applyUpdate(doc, u)
      await storage.appendUpdate('w/board', u)
    }
    await storage.compact('w/board', 3, Y.encodeStateAsUpdate(doc))
    await storage.appendUpdate('w/board', update('d'))
    const log = await storage.loadDoc('w/board')
    if (!log.ok) throw new Error('load failed')
    expect(log.value.updates).toHaveLength(2)
    const loaded = new Y.Doc()
    for (const u of log.value.updates) Y.applyUpdate(loaded, u)
    expect([...loaded.getMap('m').keys()].sort()).toEqual(['a', 'b', 'c', 'd'])
    await storage.close()
  })

  it('appends of one turn share a transaction, each answered with its own seq, per document', async () => {
    const { storage } = open()
    expect((await storage.appendUpdate('w/board', update('a'))).ok).toBe(true)
    const turn = await Promise.all([
      storage.appendUpdate('w/board', update('b')),
      storage.appendUpdate('w/private', update('x')),
      storage.appendUpdate('w/board', update('c')),
    ])
    expect(turn.map((r) => r.ok && r.value)).toEqual([2, 1, 3])
    const log = await storage.loadDoc('w/board')
    expect(log.ok && log.value.rows.map((r) => r.seq)).toEqual([1, 2, 3])
    await storage.close()
  })

  it('an append after a quarantine of the last row gets the seq the log says, not one remembered from before', async () => {
    const { storage } = open()
    for (const k of ['a', 'b', 'c']) await storage.appendUpdate('w/board', update(k))
    expect((await storage.quarantine('w/board', 3, 'throws when applied')).ok).toBe(true)
    const next = await storage.appendUpdate('w/board', update('d'))
    expect(next.ok && next.value).toBe(3)
    const log = await storage.loadDoc('w/board')
    expect(log.ok && log.value.rows.map((r) => r.seq)).toEqual([1, 2, 3])
    await storage.close()
  })

  it('an append whose turn fails is answered with the failure and leaves nothing half-stored', async () => {
    const { storage } = open()
    await storage.appendUpdate('w/board', update('a'))
    const bad = await Promise.all([storage.appendUpdate('w/board', update('b')), storage.appendUpdate('w/board', {} as unknown as Uint8Array)])
    expect(bad.every((r) => !r.ok)).toBe(true)
    const after = await storage.appendUpdate('w/board', update('c'))
    expect(after.ok && after.value).toBe(2)
    const log = await storage.loadDoc('w/board')
    expect(log.ok && log.value.rows.map((r) => r.seq)).toEqual([1, 2])
    await storage.close()
  })

  it('quarantines a row that fails its checksum and serves every other row', async () => {
    const { dir, storage } = open()
    await storage.appendUpdate('w/board', update('a'))
    await storage.appendUpdate('w/board', update('b'))
    await storage.close()
    const db = new Database(join(dir, 'rootwork.sqlite'))
    db.prepare("UPDATE doc_updates SET data = X'FF0102' WHERE doc = 'w/board' AND seq = 1").run()
    db.close()
    const reopened = openSqliteStorage({ dataDir: dir })
    const log = await reopened.loadDoc('w/board')
    if (!log.ok) throw new Error(log.error.message)
    expect(log.value.rows.map((r) => r.seq)).toEqual([2])
    expect(log.value.quarantined).toEqual([{ seq: 1, reason: 'failed its checksum' }])
    expect(log.value.lastSeq).toBe(2)
    const kept = await reopened.listQuarantine('w/')
    expect(kept.ok && kept.value.map((r) => [r.docKey, r.seq, r.reason, r.bytes])).toEqual([['w/board', 1, 'failed its checksum', 3]])
    const again = await reopened.loadDoc('w/board')
    expect(again.ok && again.value.quarantined).toEqual([])
    await reopened.close()
  })

  it('keeps one server secret across reopenings', async () => {
    const { dir, storage } = open()
    const first = await storage.serverSecret()
    await storage.close()
    const again = openSqliteStorage({ dataDir: dir })
    expect(await again.serverSecret()).toEqual(first)
    await again.close()
  })

  it('keeps the first final mark of a version and refuses one for a version that does not exist', async () => {
    const { storage } = open()
    await storage.createWorkspace(
      { id: 'ws-1', title: 't', organisation: 'o', createdAt: '2025-01-01T00:00:00Z' },
      { id: 'm1', workspaceId: 'ws-1', displayName: 'Kim', role: 'facilitator', stakeholderRole: 'teacher', tokenHash: 'h1', joinedAt: '2025-01-01T00:00:00Z' },
    )
    await storage.insertSnapshot({ workspaceId: 'ws-1', createdAt: '2025-01-02T00:00:00Z', authorId: 'm1', summary: 's', planJson: '{}', docState: new Uint8Array([0, 0]) })
    const first = await storage.markSnapshotFinal({ workspaceId: 'ws-1', version: 1, markedBy: 'm1', markedAt: '2025-01-03T00:00:00Z' })
    const again = await storage.markSnapshotFinal({ workspaceId: 'ws-1', version: 1, markedBy: 'm2', markedAt: '2025-01-04T00:00:00Z' })
    expect(first.ok && again.ok && again.value).toEqual({ workspaceId: 'ws-1', version: 1, markedBy: 'm1', markedAt: '2025-01-03T00:00:00Z' })
    expect((await storage.markSnapshotFinal({ workspaceId: 'ws-1', version: 9, markedBy: 'm1', markedAt: '2025-01-03T00:00:00Z' })).ok).toBe(false)
    const list = await storage.listSnapshotFinals('ws-1')
    expect(list.ok && list.value.map((f) => f.version)).toEqual([1])
    await storage.close()
  })
  it("reads a workspace's rows by its key prefix alone: neighbouring keys stay out, an empty prefix reads every document", async () => {
    const { storage } = open()
    // 'ab0' sorts just after every 'ab/…' key and 'ab.' just before: the edges of the range
    const keys = ['ab/board', 'ab/group/1', 'ab0/board', 'ab./board', 'abc/board', 'a/board', 'ab']
    // each update has its own random client id, so its length is read from the one stored
    const stored = new Map(keys.map((key) => [key, update(key)]))
    for (const [key, u] of stored) await storage.appendUpdate(key, u)
    const bytes = (key: string) => stored.get(key)!.byteLength
    expect(await storage.listDocKeys('ab/')).toEqual({ ok: true, value: ['ab/board', 'ab/group/1'] })
    expect(await storage.storedBytes('ab/')).toEqual({ ok: true, value: bytes('ab/board') + bytes('ab/group/1') })
    expect(await storage.listDocKeys('')).toEqual({ ok: true, value: [...keys].sort() })
    expect(await storage.storedBytes('ab0/')).toEqual({ ok: true, value: bytes('ab0/board') })
    expect(await storage.listDocKeys('zz/')).toEqual({ ok: true, value: [] })
    await storage.quarantine('ab0/board', 1, 'test')
    await storage.quarantine('ab/board', 1, 'test')
    const kept = await storage.listQuarantine('ab/')
    expect(kept.ok && kept.value.map((r) => r.docKey)).toEqual(['ab/board'])
    await storage.close()
  })

  it("finds a prefix's rows through the primary key, not by reading every row of every workspace", () => {
    const { storage } = open()
    const { db } = storage.backend as { kind: 'sqlite'; db: Database.Database }
    for (const [name, sql] of Object.entries(PREFIX_READS)) {
      const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql('doc >= ? AND doc < ?')}`).all('ab/', 'ab0') as { detail: string }[]
      expect(plan.map((step) => step.detail).join('; '), name).toMatch(/^SEARCH \w+ USING (PRIMARY KEY|(COVERING )?INDEX \w+) \(doc>\? AND doc<\?\)/)
    }
    return storage.close()
  })
  it('reads no whole table for any statement it prepares, except the expiry sweep of short-lived sync tickets', () => {
    const sqls: string[] = []
    const prepare = Database.prototype.prepare
    const spy = vi.spyOn(Database.prototype, 'prepare').mockImplementation(function (this: Database.Database, sql: string) {
      sqls.push(sql)
      return prepare.call(this, sql)
    })
    const storage = openSqliteStorage({ dataDir: ':memory:' })
    spy.mockRestore()
    const { db } = storage.backend as { kind: 'sqlite'; db: Database.Database }
    expect(readStatements(sqls).length).toBeGreaterThan(20)
    expect(tableScans(db, sqls)).toEqual([expect.stringMatching(/^SCAN sync_tickets — DELETE FROM sync_tickets WHERE expires_at <= \?$/)])
    return storage.close()
  })
})
