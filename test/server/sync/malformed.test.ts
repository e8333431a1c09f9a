import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import { Socket } from 'node:net'
import { startTestServer, type TestServer } from '../../helpers/server'
import { threeMembers } from '../../helpers/api'
import { connectSynced, rawConnect, type Client } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'
import { encodeSyncMessage, MESSAGE, SYNC } from '../../../server/sync/protocol'

function awarenessFrame(stateJson: string, clientId = 4242): Uint8Array {
  const inner = encoding.createEncoder()
  encoding.writeVarUint(inner, 1)
  encoding.writeVarUint(inner, clientId)
  encoding.writeVarUint(inner, 1)
  encoding.writeVarString(inner, stateJson)
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MESSAGE.awareness)
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner))
  return encoding.toUint8Array(e)
}

const nested = (depth: number): string => '{"v":'.repeat(depth) + '1' + '}'.repeat(depth)

function flippedFirstByte(): Uint8Array {
  const d = new Y.Doc()
  d.getMap('notes').set('x', 'y')
  d.getMap('notes').delete('x')
  const update = Y.encodeStateAsUpdate(d)
  update[0] = update[0]! ^ 0xff
  return update
}

describe('malformed and oversized input closes only the offending connection', () => {
  let server: TestServer
  let bystander: Client
  let workspaceId: string
  let token: string

  beforeEach(async () => {
    server = await startTestServer({ MAX_FRAME_BYTES: String(64 * 1024) })
    const members = await threeMembers(server.url)
    workspaceId = members.workspaceId
    token = members.participant.memberToken
    bystander = await connectSynced(server.url, workspaceId, 'board', members.facilitator.memberToken)
    bystander.doc.getText('story').insert(0, 'The document that must survive')
    await waitFor(async () => (await server.storage.loadDoc(`${workspaceId}/board`)).ok, 'stored')
  })
  afterEach(async () => {
    bystander.destroy()
    await server.stop()
  })

  async function expectHarmless() {
    // the server still serves, and the document is intact for a fresh client
    const fresh = await connectSynced(server.url, workspaceId, 'board', token)
    expect(fresh.doc.getText('story').toString()).toBe('The document that must survive')
    fresh.destroy()
    bystander.doc.getMap('notes').set('still', 'alive')
    expect(bystander.provider.wsconnected).toBe(true)
  }

  it.each([
    ['an update with a flipped first byte', () => encodeSyncMessage(SYNC.update, flippedFirstByte()), 1003],
    ['a truncated sync message', () => Uint8Array.of(MESSAGE.sync, SYNC.update, 50, 1, 2), 1002],
    ['an unknown message type', () => Uint8Array.of(77, 1, 2, 3), 1002],
    ['a deeply nested awareness state', () => awarenessFrame(nested(2000)), 1008],
    ['an awareness state that is not JSON', () => Uint8Array.of(MESSAGE.awareness, 6, 1, 9, 1, 2, 123, 123), 1008],
  ])('%s', async (_label, frame, code) => {
    const raw = await rawConnect(server.url, `${workspaceId}/board`, token)
    raw.ws.send(frame())
    expect((await raw.closed).code).toBe(code)
    await expectHarmless()
  })

  it('a stray text frame', async () => {
    const raw = await rawConnect(server.url, `${workspaceId}/board`, token)
    raw.ws.send('hello')
    expect(await raw.closed).toEqual({ code: 1003, reason: 'binary frames only' })
    await expectHarmless()
  })

  it('a frame over the size limit', async () => {
    const raw = await rawConnect(server.url, `${workspaceId}/board`, token)
    raw.ws.send(new Uint8Array(65 * 1024))
    expect((await raw.closed).code).toBe(1009)
    await expectHarmless()
  })

  it('a malformed websocket frame at the byte level', async () => {
    const raw = await rawConnect(server.url, `${workspaceId}/board`, token)
    // an unmasked client frame with a reserved opcode violates RFC 6455
    const socket = (raw.ws as unknown as { _socket: Socket })._socket
    socket.write(Buffer.from([0x83, 0x01, 0x00]))
    const closed = await raw.closed
    expect([1002, 1006]).toContain(closed.code)
    await expectHarmless()
  })

  it('a burst over the message rate limit', async () => {
    await server.stop()
    server = await startTestServer({ RATE_BURST: '5', RATE_PER_SECOND: '1' })
    const members = await threeMembers(server.url)
    workspaceId = members.workspaceId
    token = members.participant.memberToken
    bystander = await connectSynced(server.url, workspaceId, 'board', members.facilitator.memberToken)
    bystander.doc.getText('story').insert(0, 'The document that must survive')
    const raw = await rawConnect(server.url, `${workspaceId}/board`, token)
    for (let i = 0; i < 20; i++) raw.ws.send(Uint8Array.of(MESSAGE.queryAwareness))
    expect(await raw.closed).toEqual({ code: 1008, reason: 'message rate limit exceeded' })
    await expectHarmless()
  })
})
