import { afterEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { copyFileSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import * as Y from 'yjs'
import { openSqliteStorage } from '../../../server/storage/sqlite'
import { BACKSTOP_PAGES, DEFAULT_AUTOCHECKPOINT_PAGES, walCheckpointer } from '../../../server/storage/sqlite-checkpoint'
import { tempDir } from '../../helpers/server'

function update(key: string): Uint8Array {
  const d = new Y.Doc()
  d.getText('t').insert(0, key)
  return Y.encodeStateAsUpdate(d)
}

describe('WAL checkpoints off the event loop', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })
  const dir = () => {
    const d = tempDir()
    dirs.push(d)
    return d
  }

  it('copies committed pages into the database file on a worker thread, the main connection checkpointing only as a backstop', async () => {
    const dataDir = dir()
    const storage = openSqliteStorage({ dataDir, checkpoint: { intervalMs: 5 } })
    for (let i = 0; i < 50; i++) expect((await storage.appendUpdate('w/board', update(`edit ${i}`))).ok).toBe(true)
    await storage.checkpoints!.settled()
    expect(storage.checkpoints!.running).toBe(true)
    const last = storage.checkpoints!.last!
    expect(last.log).toBeGreaterThan(0)
    expect(last.checkpointed).toBe(last.log)

    // the database file alone, without its WAL, already holds every append: the worker moved them
    // there (50 commits are far below the main connection's backstop of BACKSTOP_PAGES pages)
    const copy = join(dir(), 'copy.sqlite')
    copyFileSync(join(dataDir, 'rootwork.sqlite'), copy)
    const alone = new Database(copy)
    expect((alone.prepare('SELECT COUNT(*) AS n FROM doc_updates WHERE doc = ?').get('w/board') as { n: number }).n).toBe(50)
    alone.close()

    // and the appends read back through the storage as ever
    const log = await storage.loadDoc('w/board')
    expect(log.ok && log.value.updates.length).toBe(50)
    await storage.close()
  })

  it("closes the worker's connection before the database closes, so the last close folds the WAL in and removes it", async () => {
    const dataDir = dir()
    const storage = openSqliteStorage({ dataDir, checkpoint: { intervalMs: 5 } })
    await storage.appendUpdate('w/board', update('before close'))
    await storage.checkpoints!.settled()
    expect(storage.checkpoints!.running).toBe(true)
    // written after the last checkpoint: only the closing connection's own fold puts it in the file
    await storage.appendUpdate('w/board', update('after the checkpoint'))
    await storage.close()
    expect(existsSync(join(dataDir, 'rootwork.sqlite-wal'))).toBe(false)
    const reopened = openSqliteStorage({ dataDir })
    const log = await reopened.loadDoc('w/board')
    expect(log.ok && log.value.updates.length).toBe(2)
    await reopened.close()
  })

  it('sets the main connection to the backstop, and hands checkpoints back to it when the worker cannot start, every write kept', async () => {
    const file = join(dir(), 'db.sqlite')
    const db = new Database(file)
    db.pragma('journal_mode = WAL')
    db.exec('CREATE TABLE t (v INTEGER)')
    const logged: string[] = []
    const checkpoints = walCheckpointer(db, file, { intervalMs: 1, driver: join(dir(), 'no-such-driver.js'), log: (m) => logged.push(m) })
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_PAGES)

    db.prepare('INSERT INTO t VALUES (1)').run()
    checkpoints.wrote()
    await checkpoints.settled()
    expect(logged.some((m) => m.includes('WAL checkpoints go back to the main connection'))).toBe(true)
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(DEFAULT_AUTOCHECKPOINT_PAGES)
    expect(checkpoints.running).toBe(false)

    // writes go on, and later ones ask nothing of the failed worker
    db.prepare('INSERT INTO t VALUES (2)').run()
    checkpoints.wrote()
    await checkpoints.settled()
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 2 })
    await checkpoints.close()
    db.close()
  })

  it('checkpoints as soon as enough commits wait, without waiting for the timer', async () => {
    const storage = openSqliteStorage({ dataDir: dir(), checkpoint: { intervalMs: 600_000, afterCommits: 10 } })
    for (let i = 0; i < 10; i++) await storage.appendUpdate('w/board', update(`edit ${i}`))
    // resolves only once a checkpoint has run: the timer alone would take ten minutes
    await storage.checkpoints!.settled()
    expect(storage.checkpoints!.last!.checkpointed).toBeGreaterThan(0)
    await storage.close()
  })

  it('starts no worker for a database nothing was written to', async () => {
    const storage = openSqliteStorage({ dataDir: dir(), checkpoint: { intervalMs: 1 } })
    await storage.loadDoc('w/board')
    await storage.checkpoints!.settled()
    expect(storage.checkpoints!.running).toBe(false)
    await storage.close()
  })
})
