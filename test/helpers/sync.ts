/**
 * Sync clients for tests: stock `WebsocketProvider`s from y-websocket (what browsers use) and raw
 * websockets that send hand-made frames, both against a real relay.
 */
import * as Y from 'yjs'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { ROUTES, SyncTicket } from '../../shared/api/contract'
import { ticketed, type TicketResult } from '../../client/src/workspace/ticketed'
import { waitFor } from './wait'
import { SYNC_PATH } from '../../shared/api/routes'

export interface Client {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  destroy(): void
}

export function syncUrl(base: string): string {
  return `${base.replace(/^http/, 'ws')}${SYNC_PATH}`
}

/** POST …/sync-ticket with a member token, as the browser client does before every connect */
export async function fetchTicket(base: string, workspaceId: string, token: string): Promise<TicketResult & { status: number }> {
  const res = await fetch(`${base}${ROUTES.syncTicket(workspaceId)}`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })
  if (!res.ok) return { ok: false, permanent: res.status === 401 || res.status === 403, message: await res.text(), status: res.status }
  return { ok: true, ticket: SyncTicket.parse(await res.json()).ticket, status: res.status }
}

/** A stock provider that, like the browser client, opens each connection with a fresh ticket. */
export function connect(base: string, workspaceId: string, docName: string, token: string, doc = new Y.Doc()): Client {
  const provider = new WebsocketProvider(syncUrl(base), `${workspaceId}/${docName}`, doc, {
    connect: false,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  })
  const stop = ticketed(provider, () => fetchTicket(base, workspaceId, token))
  return {
    doc,
    provider,
    destroy() {
      stop()
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

/**
 * Opens a websocket and resolves once it is open (or rejects with the HTTP status of a refused
 * upgrade, or of the refused ticket request). With a token it first gets a ticket for the room's
 * workspace, as the client does (`{ token, params }` adds URL parameters beside it); `{ query }`
 * sends a raw query string instead (probing the upgrade).
 */
export async function rawConnect(
  base: string,
  room: string,
  token: string | undefined | { query: string } | { token: string; params: Readonly<Record<string, string>> },
  headers: Record<string, string> = {},
): Promise<RawClient> {
  let query = ''
  const withTicket = typeof token === 'string' ? { token, params: {} } : token && 'token' in token ? token : undefined
  if (withTicket) {
    const ticket = await fetchTicket(base, room.split('/')[0] ?? '', withTicket.token)
    if (!ticket.ok) throw new Error(`HTTP ${ticket.status}`)
    query = `?${new URLSearchParams({ ticket: ticket.ticket, ...withTicket.params }).toString()}`
  } else if (typeof token === 'object' && 'query' in token) query = token.query
  const url = `${syncUrl(base)}/${room}${query}`
  const ws = new WebSocket(url, { headers })
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
