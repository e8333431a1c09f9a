/**
 * What the browser client's connection does at each connect (doc-connection.ts): the ticketed
 * provider sets the URL parameters just before it opens, so the "holds nothing" hint goes with the
 * first connection of an empty document and not with a reconnect after it has synced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { ticketed } from '../../../client/src/workspace/ticketed'
import { FRESH_CLIENT, withFreshHint } from '../../../shared/sync/fresh-client'
import { startTestServer, type TestServer } from '../../helpers/server'
import { threeMembers } from '../../helpers/api'
import { connectSynced, fetchTicket, syncUrl } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'

describe('the parameters of each connection', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.stop())

  it('say "holds nothing" on the first connect of an empty document, and not on a reconnect once it holds the board', async () => {
    const { workspaceId, participant } = await threeMembers(server.url)
    const writer = await connectSynced(server.url, workspaceId, 'board', participant.memberToken)
    writer.doc.getMap('notes').set('w1', 'Weakness: no common assessment')
    const urls: string[] = []
    class Recording extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        urls.push(String(url))
        super(url, protocols)
      }
    }
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(syncUrl(server.url), `${workspaceId}/board`, doc, {
      connect: false,
      WebSocketPolyfill: Recording as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 100,
    })
    const stop = ticketed(provider, () => fetchTicket(server.url, workspaceId, participant.memberToken), { params: (current) => withFreshHint(current, doc) })
    await waitFor(() => doc.getMap('notes').get('w1'), 'the board')
    provider.ws?.close()
    await waitFor(() => urls.length === 2 && provider.synced, 'a reconnect')
    const hinted = urls.map((u) => new URL(u).searchParams.get(FRESH_CLIENT.param))
    expect(hinted).toEqual([FRESH_CLIENT.value, null])
    stop()
    provider.destroy()
    writer.destroy()
  })
})
