/**
 * What the browser client's connection does at each connect (doc-connection.ts): the ticketed
 * provider sets the URL parameters just before it opens, so the "holds nothing" hint goes with the
 * first connection of an empty document — judged once its local copy has loaded — and not with a
 * reconnect after it has synced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { ticketed } from '../../../client/src/workspace/ticketed'
import { freshHintOnceLoaded } from '../../../client/src/workspace/doc-connection'
import { FRESH_CLIENT } from '../../../shared/sync/fresh-client'
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

  async function recordingProvider(
    workspaceId: string,
    token: string,
    doc: Y.Doc,
    params: (current: Readonly<Record<string, string>>) => Promise<Record<string, string>>,
  ) {
    const urls: string[] = []
    class Recording extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        urls.push(String(url))
        super(url, protocols)
      }
    }
    const provider = new WebsocketProvider(syncUrl(server.url), `${workspaceId}/board`, doc, {
      connect: false,
      WebSocketPolyfill: Recording as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 100,
      params: { acks: 'saved' },
    })
    const stop = ticketed(provider, () => fetchTicket(server.url, workspaceId, token), { params })
    const hints = () => urls.map((u) => new URL(u).searchParams.get(FRESH_CLIENT.param))
    return { provider, urls, hints, stop: () => (stop(), provider.destroy()) }
  }

  it('say "holds nothing" on the first connect of an empty document, and not on a reconnect once it holds the board', async () => {
    const { workspaceId, participant } = await threeMembers(server.url)
    const writer = await connectSynced(server.url, workspaceId, 'board', participant.memberToken)
    writer.doc.getMap('notes').set('w1', 'Weakness: no common assessment')
    const doc = new Y.Doc()
    const client = await recordingProvider(workspaceId, participant.memberToken, doc, (current) => freshHintOnceLoaded(current, doc))
    await waitFor(() => doc.getMap('notes').get('w1'), 'the board')
    client.provider.ws?.close()
    await waitFor(() => client.urls.length === 2 && client.provider.synced, 'a reconnect')
    expect(client.hints()).toEqual([FRESH_CLIENT.value, null])
    // the parameters the provider was made with go along each time
    expect(client.urls.every((u) => new URL(u).searchParams.get('acks') === 'saved')).toBe(true)
    client.stop()
    writer.destroy()
  })

  it('wait for the local copy: a returning member whose copy loads after the ticket arrives does not say it holds nothing', async () => {
    const { workspaceId, participant } = await threeMembers(server.url)
    const doc = new Y.Doc()
    let loadLocalCopy = () => {}
    const loaded = new Promise<void>((resolve) => {
      loadLocalCopy = () => {
        doc.getMap('notes').set('kept', 'from IndexedDB')
        resolve()
      }
    })
    const client = await recordingProvider(workspaceId, participant.memberToken, doc, async (current) => {
      const params = freshHintOnceLoaded(current, doc, { loaded })
      setImmediate(loadLocalCopy)
      return params
    })
    await waitFor(() => client.provider.synced, 'the board')
    expect(client.hints()).toEqual([null])
    client.stop()
  })
})
