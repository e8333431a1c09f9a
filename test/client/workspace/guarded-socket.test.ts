import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { guardedWebSocket } from '../../../client/src/workspace/guarded-socket'
import { startTestServer, type TestServer } from '../../helpers/server'
import { threeMembers } from '../../helpers/api'
import { connectSynced, fetchTicket, syncUrl } from '../../helpers/sync'
import { ticketed } from '../../../client/src/workspace/ticketed'
import { waitFor } from '../../helpers/wait'

const MAX_FRAME = 64 * 1024

describe('the size-guarded socket under a stock provider', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer({ MAX_FRAME_BYTES: String(MAX_FRAME) })
  })
  afterAll(() => server.stop())

  it('refuses a frame over the limit and reports it, and the socket stays open (no 1009 loop)', async () => {
    const { workspaceId, participant, facilitator } = await threeMembers(server.url)
    const refused: number[] = []
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(syncUrl(server.url), `${workspaceId}/board`, doc, {
      connect: false,
      WebSocketPolyfill: guardedWebSocket(MAX_FRAME, (bytes) => refused.push(bytes), WebSocket as unknown as typeof globalThis.WebSocket),
      disableBc: true,
    })
    const stopTickets = ticketed(provider, () => fetchTicket(server.url, workspaceId, participant.memberToken))
    let closes = 0
    provider.on('connection-close', () => closes++)
    await waitFor(() => provider.synced, 'the board to sync')

    doc.getText('scratch').insert(0, 'z'.repeat(MAX_FRAME * 2))
    expect(refused.length).toBe(1)
    expect(refused[0]).toBeGreaterThan(MAX_FRAME)

    // the socket still carries traffic: another member's edit arrives
    const other = await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken)
    other.doc.getMap('probe').set('after', 1)
    await waitFor(() => doc.getMap('probe').get('after') === 1, 'the other member’s edit')
    expect(closes).toBe(0)
    expect(provider.wsconnected).toBe(true)
    other.destroy()
    stopTickets()
    provider.destroy()
  })
})
