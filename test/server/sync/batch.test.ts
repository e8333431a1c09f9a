/**
 * Updates that arrive while a write is in flight go through together as one batch: each is checked
 * and applied on its own, in order, the batch is appended in one storage turn, and only then relayed.
 * A refused update in a batch costs only its writer: what came before it is kept, what its writer
 * sent after it is dropped, everyone else's updates are stored.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { rmSync } from 'node:fs'
import * as Y from 'yjs'
import { threeMembers } from '../../helpers/api'
import { storedDoc } from '../../helpers/fixtures'
import { poisonUpdates, syncUpdateFrame } from '../../helpers/poison'
import { startTestServer, tempDir, type TestServer } from '../../helpers/server'
import { connectSynced, rawConnect, type Client } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'
import { encodeSyncMessage, SYNC } from '../../../server/sync/protocol'

/** `count` updates of one client, each setting one key; later ones follow earlier ones in its history */
function edits(prefix: string, count: number, clientID: number): Uint8Array[] {
  const doc = new Y.Doc()
  doc.clientID = clientID
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => updates.push(u))
  for (let i = 0; i < count; i++) doc.getMap('notes').set(`${prefix}${i}`, i)
  return updates
}

describe('a burst of updates', () => {
  const cleanup: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  async function setUp(): Promise<{ server: TestServer; dataDir: string; workspaceId: string; facilitator: string; participant: string; reader: Client }> {
    const dataDir = tempDir()
    const server = await startTestServer({}, dataDir)
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const { workspaceId, facilitator, participant } = await threeMembers(server.url)
    const reader = await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken)
    cleanup.push(() => server.stop({ keepData: true }), () => reader.destroy())
    return { server, dataDir, workspaceId, facilitator: facilitator.memberToken, participant: participant.memberToken, reader }
  }

  it('sent at once through one socket is stored and relayed whole, and survives a restart', async () => {
    const { server, dataDir, workspaceId, participant, reader } = await setUp()
    const writer = await rawConnect(server.url, `${workspaceId}/board`, participant)
    cleanup.push(() => writer.ws.close())
    const burst = edits('k', 200, 777)
    for (const u of burst) writer.ws.send(syncUpdateFrame(u))
    await waitFor(() => reader.doc.getMap('notes').size === 200, 'every update at the reader')
    const stored = await storedDoc(server.storage, `${workspaceId}/board`)
    expect(stored.getMap('notes').toJSON()).toEqual(reader.doc.getMap('notes').toJSON())

    await server.stop({ keepData: true })
    const again = await startTestServer({}, dataDir)
    cleanup.push(() => again.stop({ keepData: true }))
    expect((await storedDoc(again.storage, `${workspaceId}/board`)).getMap('notes').size).toBe(200)
  })

  it('with a poison update in it keeps what came before, closes the writer with 4400, drops what it sent after, and keeps another writer’s updates', async () => {
    const { server, workspaceId, facilitator, participant, reader } = await setUp()
    const attacker = await rawConnect(server.url, `${workspaceId}/board`, participant)
    const other = await rawConnect(server.url, `${workspaceId}/board`, facilitator)
    cleanup.push(() => other.ws.close())
    const [a0, a1, a2] = edits('a', 3, 901)
    const [b0, b1] = edits('b', 2, 902)
    // one burst from each, interleaved as the server reads them
    attacker.ws.send(syncUpdateFrame(a0!))
    other.ws.send(syncUpdateFrame(b0!))
    attacker.ws.send(syncUpdateFrame(a1!))
    attacker.ws.send(syncUpdateFrame(poisonUpdates(3)[0]!.update))
    attacker.ws.send(syncUpdateFrame(a2!))
    other.ws.send(syncUpdateFrame(b1!))

    expect((await attacker.closed).code).toBe(4400)
    await waitFor(() => reader.doc.getMap('notes').has('b1'), 'the other writer’s last update at the reader')
    const kept = { a0: 0, a1: 1, b0: 0, b1: 1 }
    expect(reader.doc.getMap('notes').toJSON()).toEqual(kept)
    expect((await storedDoc(server.storage, `${workspaceId}/board`)).getMap('notes').toJSON()).toEqual(kept)
  })

  it('does not store an update that changes nothing (a sync step 2 that only repeats deletions)', async () => {
    const { server, workspaceId, participant, reader } = await setUp()
    reader.doc.getMap('notes').set('gone', 'soon')
    reader.doc.getMap('notes').delete('gone')
    const written = Y.getState(reader.doc.store, reader.doc.clientID)
    await waitFor(async () => Y.getState((await storedDoc(server.storage, `${workspaceId}/board`)).store, reader.doc.clientID) === written, 'the set and the deletion stored')
    const rowsBefore = await server.storage.loadDoc(`${workspaceId}/board`)
    const raw = await rawConnect(server.url, `${workspaceId}/board`, participant)
    cleanup.push(() => raw.ws.close())
    // no structs the server lacks, but the whole delete set: what every provider answers to a sync step 1
    const noop = Y.encodeStateAsUpdate(reader.doc, Y.encodeStateVector(reader.doc))
    expect(Y.decodeUpdate(noop).ds.clients.size).toBeGreaterThan(0)
    raw.ws.send(encodeSyncMessage(SYNC.step2, noop))
    // a state request is answered behind every queued write: once it is, the no-op has been handled
    const answers = raw.messages.length
    raw.ws.send(encodeSyncMessage(SYNC.step1, Y.encodeStateVector(new Y.Doc())))
    await waitFor(() => raw.messages.slice(answers).some((m) => m[0] === 0 && m[1] === SYNC.step2), 'the answer to the state request')
    const rowsAfter = await server.storage.loadDoc(`${workspaceId}/board`)
    expect(rowsAfter.ok && rowsBefore.ok && rowsAfter.value.rows.length).toBe(rowsBefore.ok ? rowsBefore.value.rows.length : -1)
  })
})
