import { afterEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { rmSync } from 'node:fs'
import { Config } from '../../../server/config'
import { startServer, type RunningServer } from '../../../server/server'
import { openSqliteStorage } from '../../../server/storage/sqlite'
import type { Storage } from '../../../server/storage/types'
import { err } from '../../../shared/result'
import { threeMembers } from '../../helpers/api'
import { tempDir } from '../../helpers/server'
import { connectSynced, type Client } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'
import { storedDoc } from '../../helpers/fixtures'
import * as Y from 'yjs'

const config = Config.parse({ PORT: '0', HOST: '127.0.0.1', UNLOAD_DELAY_MS: '0' })

describe('the written failure policy', () => {
  const cleanup: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  it('does not relay an update whose append failed, and tells the writer by closing with 1011', async () => {
    const dir = tempDir()
    const real = openSqliteStorage({ dataDir: dir })
    let failing = false
    const storage: Storage = {
      ...real,
      appendUpdate: (key, update) => (failing ? Promise.resolve(err({ kind: 'unavailable', message: 'disk full' })) : real.appendUpdate(key, update)),
    }
    const server: RunningServer = await startServer(config, storage, () => undefined)
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }), () => real.close(), () => server.close())
    const { workspaceId, facilitator, participant } = await threeMembers(server.url)
    const writer: Client = await connectSynced(server.url, workspaceId, 'board', participant.memberToken)
    const reader: Client = await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken)
    cleanup.push(() => writer.destroy(), () => reader.destroy())

    failing = true
    const closed = new Promise<number>((resolve) => writer.provider.once('connection-close', (e) => resolve(e?.code ?? 0)))
    writer.doc.getMap('notes').set('lost?', 'not if we can help it')
    expect(await closed).toBe(1011)
    expect(reader.doc.getMap('notes').get('lost?')).toBeUndefined()

    // storage recovers; the writer's provider reconnects and resends what the server lacks
    failing = false
    await waitFor(() => reader.doc.getMap('notes').get('lost?') === 'not if we can help it', 'the resent update')
  })

  it('quarantines a stored update that fails its checksum and opens the document with every other row', async () => {
    const dir = tempDir()
    const storage = openSqliteStorage({ dataDir: dir })
    const server = await startServer(config, storage, () => undefined)
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }), () => storage.close(), () => server.close())
    const { workspaceId, facilitator } = await threeMembers(server.url)
    const first = await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken)
    first.doc.getMap('notes').set('kept', 'written before')
    await waitFor(async () => (await storedDoc(storage, `${workspaceId}/board`)).getMap('notes').get('kept') === 'written before', 'the note stored')
    first.destroy()
    await waitFor(() => server.relay.registry.loadedCount === 0, 'the board to unload')
    // a later row, then damage to it that its checksum catches
    const later = await storedDoc(storage, `${workspaceId}/board`)
    const sv = Y.encodeStateVector(later)
    later.getText('story').insert(0, 'precious')
    expect((await storage.appendUpdate(`${workspaceId}/board`, Y.encodeStateAsUpdate(later, sv))).ok).toBe(true)
    const db = new Database(join(dir, 'rootwork.sqlite'))
    db.prepare("UPDATE doc_updates SET data = X'00FF' WHERE doc = ? AND seq = (SELECT MAX(seq) FROM doc_updates WHERE doc = ?)").run(`${workspaceId}/board`, `${workspaceId}/board`)
    db.close()

    const again = await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken)
    cleanup.push(() => again.destroy())
    // the board's set-up (stored before the damaged row) is served; the damaged row is kept aside
    expect(again.doc.getMap('notes').get('kept')).toBe('written before')
    expect(again.doc.getText('story').toString()).toBe('')
    const kept = await storage.listQuarantine(`${workspaceId}/`)
    expect(kept.ok && kept.value.map((r) => [r.docKey, r.reason])).toEqual([[`${workspaceId}/board`, 'failed its checksum']])
  })
})
