/**
 * A client that says it holds nothing (`?holds=nothing`, shared/sync/fresh-client.ts) is sent the
 * whole state unasked: the stored row before the server has built its copy when the document is
 * loading from a compacted log, the live state on joining otherwise. Tried on the registry, with raw
 * clients against a real relay, and on the one path a single server cannot stage (a change between
 * the read and joining).
 */
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import { DocRegistry } from '../../../server/sync/registry'
import { buildDoc } from '../../../server/sync/doc-loader'
import { LiveDoc } from '../../../server/sync/live-doc'
import { WholeState } from '../../../server/sync/whole-state'
import { openSqliteStorage } from '../../../server/storage/sqlite'
import type { Storage } from '../../../server/storage/types'
import { CLOSE, encodeSyncMessage, MESSAGE, SYNC } from '../../../server/sync/protocol'
import { FRESH_CLIENT } from '../../../shared/sync/fresh-client'
import { threeMembers } from '../../helpers/api'
import { startTestServer, type TestServer } from '../../helpers/server'
import { connectSynced, rawConnect, type RawClient } from '../../helpers/sync'
import { poisonUpdates } from '../../helpers/poison'
import { waitFor } from '../../helpers/wait'

const NOTHING = new Uint8Array([0])
const options = { compactAfter: 1000, log: () => undefined }

function change(doc: Y.Doc, key: string, value: string): Uint8Array {
  const before = Y.encodeStateVector(doc)
  doc.getMap('notes').set(key, value)
  return Y.encodeStateAsUpdate(doc, before)
}

/** a sync message's kind and payload (undefined for any other message) */
function syncOf(message: Uint8Array): { kind: number; payload: Uint8Array } | undefined {
  const d = decoding.createDecoder(message)
  if (decoding.readVarUint(d) !== MESSAGE.sync) return undefined
  const kind = decoding.readVarUint(d)
  return { kind, payload: decoding.readVarUint8Array(d) }
}
const syncs = (raw: RawClient) => raw.messages.map(syncOf).filter((m) => m !== undefined)

describe('the registry, for a client that holds nothing', () => {
  it('tells a listener the stored row of a one-row log before the document is built, and builds from that very row', async () => {
    const storage = openSqliteStorage({ dataDir: ':memory:' })
    const author = new Y.Doc()
    await storage.appendUpdate('w/board', change(author, 'a', 'x'.repeat(5000)))
    const order: string[] = []
    let told: Uint8Array | undefined
    const registry = new DocRegistry(storage, { ...options, unloadDelayMs: 60_000 })
    const loading = registry.acquire('w/board', {
      stored: (state) => {
        told = state
        order.push('stored')
      },
      notBuiltFrom: () => order.push('not built from it'),
    })
    void loading.then(() => order.push('built'))
    const live = await loading
    if (!live.ok) throw new Error(live.error.message)
    expect(order).toEqual(['stored', 'built'])
    // nothing changed since: the live document's full state is that row, byte for byte
    expect(live.value.unchangedSince(told!)).toBe(true)
    const fromRow = new Y.Doc()
    Y.applyUpdate(fromRow, told!)
    expect(fromRow.getMap('notes').toJSON()).toEqual(author.getMap('notes').toJSON())
    await storage.close()
  })

  it('tells the listener, before the document opens, that a row it was told failed to apply', async () => {
    const storage = openSqliteStorage({ dataDir: ':memory:' })
    await storage.appendUpdate('w/board', poisonUpdates(5)[0]!.update)
    const order: string[] = []
    const registry = new DocRegistry(storage, { ...options, unloadDelayMs: 60_000 })
    const loading = registry.acquire('w/board', { stored: () => order.push('stored'), notBuiltFrom: () => order.push('not built from it') })
    void loading.then(() => order.push('built'))
    expect((await loading).ok).toBe(true)
    expect(order).toEqual(['stored', 'not built from it', 'built'])
    await storage.close()
  })

  it('tells nobody when the log holds several rows, or once the document is loaded', async () => {
    const storage = openSqliteStorage({ dataDir: ':memory:' })
    const author = new Y.Doc()
    await storage.appendUpdate('w/a', change(author, 'a', '1'))
    await storage.appendUpdate('w/a', change(author, 'b', '2'))
    await storage.appendUpdate('w/b', change(author, 'c', '3'))
    const registry = new DocRegistry(storage, { ...options, unloadDelayMs: 60_000 })
    const told: string[] = []
    const listener = (name: string) => ({ stored: () => told.push(name), notBuiltFrom: () => told.push(`${name}: not built from it`) })
    expect((await registry.acquire('w/a', listener('a'))).ok).toBe(true)
    expect((await registry.acquire('w/b')).ok).toBe(true)
    expect((await registry.acquire('w/b', listener('b again'))).ok).toBe(true)
    expect(told).toEqual([])
    await storage.close()
  })
})

describe('the relay, for a client that holds nothing', () => {
  let server: TestServer
  const sockets: RawClient[] = []
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.ws.close()
    await server.stop()
  })

  /** a board with content, written by a stock provider and unloaded (so its log is one compacted row) */
  async function storedBoard(overrides: Record<string, string> = {}): Promise<{ workspaceId: string; token: string; key: string; expected: unknown }> {
    server = await startTestServer(overrides)
    const { workspaceId, participant } = await threeMembers(server.url)
    const writer = await connectSynced(server.url, workspaceId, 'board', participant.memberToken)
    writer.doc.getMap('notes').set('s1', 'Strength: a shared planning period')
    writer.doc.getText('why').insert(0, 'Because the schedule changed in October.')
    const expected = { notes: writer.doc.getMap('notes').toJSON(), why: writer.doc.getText('why').toString() }
    writer.destroy()
    await waitFor(() => server.relay.registry.loadedCount === 0, 'the board to unload')
    return { workspaceId, token: participant.memberToken, key: `${workspaceId}/board`, expected }
  }

  async function open(workspaceId: string, token: string, hint: boolean): Promise<RawClient> {
    const params: Record<string, string> = hint ? { [FRESH_CLIENT.param]: FRESH_CLIENT.value } : {}
    const raw = await rawConnect(server.url, `${workspaceId}/board`, { token, params })
    sockets.push(raw)
    return raw
  }

  const contentOf = (updates: readonly Uint8Array[]) => {
    const doc = new Y.Doc()
    for (const u of updates) Y.applyUpdate(doc, u)
    return { notes: doc.getMap('notes').toJSON(), why: doc.getText('why').toString() }
  }

  it("sends the stored row first, before the server's own step 1, and answers the client's empty step 1 with nothing", async () => {
    const { workspaceId, token, key, expected } = await storedBoard()
    const log = await server.storage.loadDoc(key)
    if (!log.ok || log.value.rows.length !== 1) throw new Error('the board should be one compacted row')
    const raw = await open(workspaceId, token, true)
    raw.ws.send(encodeSyncMessage(SYNC.step1, NOTHING))
    await waitFor(() => syncs(raw).length >= 3, 'the state, the server step 1 and the answer')
    const [first, second, answer] = syncs(raw)
    expect(first!.kind).toBe(SYNC.step2)
    expect(first!.payload).toEqual(log.value.rows[0]!.update)
    expect(second!.kind).toBe(SYNC.step1)
    expect(answer).toEqual({ kind: SYNC.step2, payload: new Uint8Array([0, 0]) })
    expect(contentOf([first!.payload])).toEqual(expected)
  })

  it('sends the live state unasked to a client that joins a loaded document', async () => {
    const { workspaceId, token, expected } = await storedBoard()
    const other = await open(workspaceId, token, false)
    await waitFor(() => syncs(other).length >= 1, 'the document to load')
    const raw = await open(workspaceId, token, true)
    const state = await waitFor(() => syncs(raw).find((m) => m.kind === SYNC.step2), 'the whole state, unasked')
    expect(contentOf([state.payload])).toEqual(expected)
    raw.ws.send(encodeSyncMessage(SYNC.step1, NOTHING))
    await waitFor(() => syncs(raw).filter((m) => m.kind === SYNC.step2).length === 2, 'the answer')
    expect(syncs(raw).at(-1)).toEqual({ kind: SYNC.step2, payload: new Uint8Array([0, 0]) })
  })

  it('answers a client that said it holds nothing but asks with a state vector with what it lacks', async () => {
    const { workspaceId, token, key, expected } = await storedBoard()
    // it held the board after all (say, a local copy that loaded late) and made a change offline
    const partial = await docOf(server, key)
    partial.getMap('notes').set('mine', 'offline note')
    const raw = await open(workspaceId, token, true)
    raw.ws.send(encodeSyncMessage(SYNC.step1, Y.encodeStateVector(partial)))
    await waitFor(() => syncs(raw).filter((m) => m.kind === SYNC.step2).length === 2, 'the state and the answer')
    const answer = syncs(raw).filter((m) => m.kind === SYNC.step2)[1]!
    // it already holds everything the server has: the answer is the delete set only, not the state again
    expect(answer.payload.byteLength).toBeLessThan(64)
    expect(
      contentOf(
        syncs(raw)
          .filter((m) => m.kind === SYNC.step2)
          .map((m) => m.payload),
      ),
    ).toEqual(expected)
  })

  it('serves a client without the hint as a stock provider expects: the step 1 first, the state only when asked', async () => {
    const { workspaceId, token, expected } = await storedBoard()
    const raw = await open(workspaceId, token, false)
    await waitFor(() => syncs(raw).length >= 1, "the server's step 1")
    raw.ws.send(encodeSyncMessage(SYNC.step1, NOTHING))
    await waitFor(() => syncs(raw).length >= 2, 'the answer')
    const [first, answer] = syncs(raw)
    expect(first!.kind).toBe(SYNC.step1)
    expect(answer!.kind).toBe(SYNC.step2)
    expect(contentOf([answer!.payload])).toEqual(expected)
  })

  it('sends a large state whole to a client that reads it slowly: a state it was sent does not count as falling behind', async () => {
    const { workspaceId, token, key } = await storedBoard({ MAX_BUFFERED_BYTES: '4096' })
    // the board folded with 16 MB more into its one stored row, far more than the socket buffers hold
    const big = await docOf(server, key)
    big.getText('big').insert(0, 'y'.repeat(16_000_000))
    const log = await server.storage.loadDoc(key)
    if (!log.ok || !(await server.storage.compact(key, log.value.lastSeq, Y.encodeStateAsUpdate(big))).ok) throw new Error('could not store the large board')
    const raw = await open(workspaceId, token, true)
    raw.ws.pause()
    // the document has loaded and the server has sent its step 1 behind the state; only then read
    const loaded = await server.relay.registry.acquire(key)
    server.relay.registry.release(key)
    expect(loaded.ok).toBe(true)
    raw.ws.resume()
    await waitFor(() => syncs(raw).some((m) => m.kind === SYNC.step1), "the server's step 1 after the state")
    const state = syncs(raw).find((m) => m.kind === SYNC.step2)!
    expect(contentOf([state.payload]).why).toBe(big.getText('why').toString())
    raw.ws.send(encodeSyncMessage(SYNC.step1, NOTHING))
    await waitFor(() => syncs(raw).filter((m) => m.kind === SYNC.step2).length === 2, 'the answer')
    expect(raw.ws.readyState).toBe(raw.ws.OPEN)
  })

  it('closes a client that was sent a stored row which then fails to apply (it is quarantined), telling it to reload', async () => {
    const { workspaceId, token, key } = await storedBoard()
    const log = await server.storage.loadDoc(key)
    if (!log.ok) throw new Error(log.error.message)
    const compacted = await server.storage.compact(key, log.value.lastSeq, poisonUpdates(5)[0]!.update)
    if (!compacted.ok) throw new Error(compacted.error.message)
    const raw = await open(workspaceId, token, true)
    expect(await raw.closed).toEqual({ code: CLOSE.repaired, reason: 'this document was repaired on the server' })
    expect(syncs(raw)[0]!.kind).toBe(SYNC.step2)
    const listed = await server.storage.listQuarantine(workspaceId)
    expect(listed.ok && listed.value.map((q) => q.docKey)).toEqual([key])
  })
})

async function docOf(server: TestServer, key: string): Promise<Y.Doc> {
  const log = await server.storage.loadDoc(key)
  if (!log.ok) throw new Error(log.error.message)
  const doc = new Y.Doc()
  for (const u of log.value.updates) Y.applyUpdate(doc, u)
  return doc
}

describe('the whole state, when the document changed between the read and joining', () => {
  it('sends only what was applied in between, once it is durable (another instance’s updates arrive so in a cluster)', async () => {
    const storage = openSqliteStorage({ dataDir: ':memory:' })
    const author = new Y.Doc()
    await storage.appendUpdate('w/board', change(author, 'a', 'x'.repeat(2000)))
    const read = await storage.loadDoc('w/board')
    if (!read.ok) throw new Error(read.error.message)
    const built = await buildDoc(storage, 'w/board', () => undefined, read.value)
    if (!built.ok) throw new Error(built.error.message)
    // appends wait for the test to let them through: a change can be applied and not yet durable
    let letThrough = () => {}
    const gate = new Promise<void>((resolve) => (letThrough = resolve))
    const gated: Storage = { ...storage, appendUpdate: (key, update) => gate.then(() => storage.appendUpdate(key, update)) }
    const live = new LiveDoc('w/board', gated, built.value, options)
    const sent: { payload: Uint8Array; storedUpTo: number }[] = []
    const whole = new WholeState(
      (m) => sent.push({ payload: syncOf(m)!.payload, storedUpTo: live.appliedSeq }),
      () => {
        throw new Error('not closed')
      },
    )
    whole.stored(read.value.rows[0]!.update)
    // applied between the read and joining, and still being written when the client joins
    const written = live.transactAsServer((d) => d.getMap('notes').set('b', 'in between'))
    await waitFor(() => live.doc.getMap('notes').get('b'), 'the change applied')
    const joined = whole.joined(live)
    expect(sent).toHaveLength(1)
    letThrough()
    await joined
    expect((await written).ok).toBe(true)
    expect(sent).toHaveLength(2)
    const [, since] = sent
    expect(since!.storedUpTo).toBe(2)
    // the difference alone, not the state again
    expect(since!.payload.byteLength).toBeLessThan(200)
    const client = new Y.Doc()
    for (const m of sent) Y.applyUpdate(client, m.payload)
    expect(client.getMap('notes').toJSON()).toEqual({ a: 'x'.repeat(2000), b: 'in between' })
    expect(whole.answer(live, NOTHING)).toEqual(new Uint8Array([0, 0]))
    live.destroy()
    await storage.close()
  })
})
