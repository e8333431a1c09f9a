/** Storage heals instead of bricking (SQLite); the same scenario runs on PostgreSQL in test/cluster. */
import { afterEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { RUBRIC_ROUTES, RevealResult } from '../../../shared/api/rubric'
import { Config } from '../../../server/config'
import { startServer } from '../../../server/server'
import { openSqliteStorage } from '../../../server/storage/sqlite'
import type { Storage } from '../../../server/storage/types'
import { err } from '../../../shared/result'
import { createWorkspace, join as joinWorkspace, postJson } from '../../helpers/api'
import { startTestServer, tempDir } from '../../helpers/server'
import { unreadableRowScenario, type Damage } from './heal-scenario'
import { rmSync } from 'node:fs'

describe('a stored row that cannot be served (SQLite)', () => {
  const cleanup: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  it.each<Damage>(['fails its checksum', 'throws when applied'])('one that %s is quarantined, the document opens without it, the doctor reports it, reveal works for everyone', async (damage) => {
    const server = await startTestServer()
    cleanup.push(() => server.stop())
    await unreadableRowScenario(
      { url: server.url, storage: server.storage, registry: server.relay.registry, damageRow: async (docKey, seq) => {
        const db = new Database(join(server.dataDir, 'rootwork.sqlite'))
        db.prepare("UPDATE doc_updates SET data = X'0102FF' WHERE doc = ? AND seq = ?").run(docKey, seq)
        db.close()
      } },
      damage,
    )
  })

  it('skips a private document storage cannot read, names whose it was, and reveals everyone else’s', async () => {
    const dir = tempDir()
    const real = openSqliteStorage({ dataDir: dir })
    let unreadable = ''
    const storage: Storage = { ...real, loadDoc: (key) => (key === unreadable ? Promise.resolve(err({ kind: 'unavailable', message: 'disk error' })) : real.loadDoc(key)) }
    const server = await startServer(Config.parse({ PORT: '0', HOST: '127.0.0.1', UNLOAD_DELAY_MS: '0' }), storage, () => undefined)
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }), () => real.close(), () => server.close())
    const created = await createWorkspace(server.url)
    const ana = await joinWorkspace(server.url, created, 'participant', 'Ana')
    await joinWorkspace(server.url, created, 'participant', 'Ben')
    unreadable = `${created.workspace.id}/private/${ana.member.id}`
    const res = await postJson(`${server.url}${RUBRIC_ROUTES.reveal(created.workspace.id)}`, { domains: 'all' }, created.memberToken)
    expect(res.status).toBe(200)
    expect(RevealResult.parse(await res.json()).skipped).toEqual(['Ana'])
    const progress = await fetch(`${server.url}${RUBRIC_ROUTES.progress(created.workspace.id)}`, { headers: { authorization: `Bearer ${created.memberToken}` } })
    expect(progress.status).toBe(200)
    expect((await progress.json()) as unknown).toMatchObject({ unreadableCount: 1 })
  })
})
