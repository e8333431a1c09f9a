/**
 * Load-generator clients: stock `WebsocketProvider`s from y-websocket (what browsers run) over the
 * `ws` package, each counting the bytes its socket receives and the disconnects it suffers. Like
 * Rootwork's browser client, each asks for "saved" acknowledgements as SAVED_MESSAGEs, which it
 * reads and does not answer (shared/sync/saved-ack.ts), and one that holds nothing says so, to be
 * sent the whole state unasked (shared/sync/fresh-client.ts); the stock server ignores both.
 */
import * as Y from 'yjs'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { SAVED_ACKS, SAVED_MESSAGE } from '../../shared/sync/saved-ack'
import { withFreshHint } from '../../shared/sync/fresh-client'
import type { RoomSpec } from './servers'
import { inBatches, until } from './stats'

export interface BenchClient {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  /** websocket payload bytes received so far */
  readonly received: () => number
  /** times this client's connection dropped after it was up */
  readonly drops: () => number
  /** sync step 1s the server sent (ours sends its own once its copy of the document is built) */
  readonly serverStep1s: () => number
  destroy(): void
}

function byteLength(data: WebSocket.RawData): number {
  if (Array.isArray(data)) return data.reduce((n, b) => n + b.byteLength, 0)
  return data.byteLength
}

export function openClient(spec: RoomSpec, doc = new Y.Doc()): BenchClient {
  let received = 0
  let drops = 0
  let step1s = 0
  class CountingSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols)
      this.on('message', (data: WebSocket.RawData) => {
        received += byteLength(data)
        const first = Array.isArray(data) ? data[0] : data
        const bytes = first instanceof ArrayBuffer ? new Uint8Array(first) : first
        if (bytes && bytes[0] === 0 && bytes[1] === 0) step1s++ // a sync message (0) of kind step 1 (0)
      })
    }
  }
  const provider = new WebsocketProvider(spec.serverUrl, spec.room, doc, {
    params: withFreshHint({ ...spec.params, [SAVED_ACKS.param]: SAVED_ACKS.value }, doc),
    WebSocketPolyfill: CountingSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 1000,
  })
  provider.messageHandlers[SAVED_MESSAGE] = () => undefined
  // as the browser client sets it at each connect: a reconnect says what the document holds then
  provider.on('connection-close', () => (provider.params = withFreshHint(provider.params, doc)))
  provider.on('status', ({ status }: { status: string }) => {
    if (status === 'disconnected' && provider.shouldConnect) drops++
  })
  return {
    doc,
    provider,
    received: () => received,
    drops: () => drops,
    serverStep1s: () => step1s,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** Opens one client per spec, `concurrency` at a time, each awaited until synced. */
export async function openSynced(specs: readonly RoomSpec[], concurrency = 20, timeoutMs = 30_000): Promise<BenchClient[]> {
  return inBatches(specs, concurrency, async (spec) => {
    const client = openClient(spec)
    if (!(await until(() => client.provider.synced, timeoutMs))) {
      client.destroy()
      throw new Error(`client for ${spec.room} did not sync within ${timeoutMs} ms`)
    }
    return client
  })
}

export function destroyAll(clients: readonly BenchClient[]): void {
  for (const c of clients) c.destroy()
}
