/**
 * Sync clients for tests: stock `WebsocketProvider`s from y-websocket (what browsers use) and raw
 * websockets that send hand-made frames, both against a real relay.
 */
import * as Y from 'yjs'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { waitFor } from './wait'

export interface Client {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  destroy(): void
}

export function syncUrl(base: string): string {
  return `${base.replace(/^http/, 'ws')}/sync`
}

export function connect(base: string, workspaceId: string, docName: string, token: string, doc = new Y.Doc()): Client {
  const provider = new WebsocketProvider(syncUrl(base), `${workspaceId}/${docName}`, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  })
  return {
    doc,
    provider,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

export async function connectSynced(base: string, workspaceId: string, docName: string, token: string, doc = new Y.Doc()): Promise<Client> {
  const client = connect(base, workspaceId, docName, token, doc)
  await waitFor(() => client.provider.synced, `${docName} to sync`)
  return client
}

export interface RawClient {
  readonly ws: WebSocket
  readonly messages: Uint8Array[]
  readonly closed: Promise<{ code: number; reason: string }>
}

/** Opens a websocket and resolves once it is open (or rejects with the HTTP status of a refused upgrade). */
export function rawConnect(base: string, room: string, token: string | undefined): Promise<RawClient> {
  const url = `${syncUrl(base)}/${room}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`
  const ws = new WebSocket(url)
  const messages: Uint8Array[] = []
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)))
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  return new Promise((resolve, reject) => {
    ws.on('open', () => resolve({ ws, messages, closed }))
    ws.on('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
    ws.on('error', reject)
  })
}
