/**
 * One document's connection: a stock y-websocket provider over a size-guarded socket, a save
 * tracker that reads the server's acknowledgements (its state vector: in the sync step 1 it opens
 * every connection with, then in SAVED_MESSAGEs, which are not answered — shared/sync/saved-ack.ts),
 * and, for documents this member writes, a copy in IndexedDB that survives a reload. `destroy()`
 * undoes all.
 */
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import { WebsocketProvider } from 'y-websocket'
import { CLOSE } from '../../../shared/sync/close-codes'
import { formatBytes } from '../../../shared/sync/frame-budget'
import { readSavedVector, SAVED_ACKS, SAVED_MESSAGE } from '../../../shared/sync/saved-ack'
import { withFreshHint } from '../../../shared/sync/fresh-client'
import { fetchSyncTicket } from '../api/client'
import { coveredBy, type DocFacts } from './status'
import { guardDoc } from './frame-guard'
import { guardedWebSocket } from './guarded-socket'
import { LocalCopy } from './local-persistence'
import { countConnectionClose } from './test-counters'
import { ticketed } from './ticketed'

/** what a refusal means when the server gave no reason (codes: server/sync/protocol.ts) */
const REFUSED: Partial<Record<number, string>> = {
  [CLOSE.updateRefused]: 'the server could not apply it',
  [CLOSE.accessRevoked]: 'you no longer have access to this document',
  [CLOSE.writeRefused]: 'the server refused it',
  [CLOSE.repaired]: 'this document was repaired on the server',
  [CLOSE.overQuota]: 'the storage quota is full',
  [CLOSE.tooManySockets]: 'too many connections are open: close other tabs of this workspace',
}
/** closes that refuse access rather than a write: nothing the person did is lost (a repaired document refuses what it was sent) */
const ACCESS_CLOSES: ReadonlySet<number> = new Set([CLOSE.accessRevoked, CLOSE.tooManySockets, CLOSE.repaired])

export interface DocConnectionOptions {
  /** the relay's frame limit (GET /api/config): nothing larger is ever sent */
  readonly maxFrameBytes?: number | undefined
  /** IndexedDB name for a document this member writes; absent: nothing is kept locally */
  readonly persistAs?: string | undefined
  /** tells the person an edit was refused locally */
  readonly onRefused?: ((message: string) => void) | undefined
}

/** how long a connection waits for the local copy before judging the hint without it */
const LOCAL_COPY_WAIT_MS = 1000

/**
 * A first visit (nothing kept locally) is sent the whole board unasked (shared/sync/fresh-client.ts).
 * Judged once the local copy has loaded, or a returning member would say it holds nothing and be
 * sent the board twice (unasked, then again as what its step 1 lacks). IndexedDB that never answers
 * (it can fail to open) delays a connection by at most LOCAL_COPY_WAIT_MS.
 */
export async function freshHintOnceLoaded(
  current: Readonly<Record<string, string>>,
  doc: Y.Doc,
  local?: { readonly loaded: Promise<unknown> },
): Promise<Record<string, string>> {
  if (local) {
    let timer: ReturnType<typeof setTimeout> | undefined
    const waited = new Promise((resolve) => (timer = setTimeout(resolve, LOCAL_COPY_WAIT_MS)))
    await Promise.race([local.loaded.catch(() => undefined), waited])
    clearTimeout(timer)
  }
  return withFreshHint(current, doc)
}

export class DocConnection {
  readonly doc = new Y.Doc()
  readonly provider: WebsocketProvider
  private readonly local: LocalCopy | undefined
  private serverVector = new Map<number, number>()
  private unsaved = false
  private everConnected = false
  private refused: string | undefined
  private closed: string | undefined
  private readonly listeners = new Set<() => void>()
  private readonly watched = new WeakSet<WebSocket>()
  private facts: DocFacts = { connected: false, synced: false, unsaved: false, unprotected: false, everConnected: false }
  private readonly stopTickets: () => void

  constructor(
    syncUrl: string,
    readonly room: string,
    token: string,
    options: DocConnectionOptions = {},
  ) {
    // first, so the local copy's write of each change is queued before anything else looks at it
    this.local = options.persistAs ? new LocalCopy(options.persistAs, this.doc, this.refresh) : undefined
    const refuse = options.onRefused ?? (() => undefined)
    const max = options.maxFrameBytes
    if (max) guardDoc(this.doc, max, refuse)
    const socket = max
      ? guardedWebSocket(max, (bytes) => refuse(`A change of ${formatBytes(bytes)} is too large to send (at most ${formatBytes(max)}); it stays on this device only. Reload to continue.`))
      : WebSocket
    // no token in the URL: every connection opens with a fresh single-use ticket (see ticketed.ts)
    this.provider = new WebsocketProvider(syncUrl, room, this.doc, {
      connect: false,
      maxBackoffTime: 5000,
      WebSocketPolyfill: socket,
      params: { [SAVED_ACKS.param]: SAVED_ACKS.value },
    })
    this.provider.messageHandlers[SAVED_MESSAGE] = (_encoder, decoder) => this.heardServer(readSavedVector(decoder))
    this.stopTickets = ticketed(this.provider, () => fetchSyncTicket(room.split('/')[0] ?? '', token), {
      onRefused: this.onSignedOut,
      params: (current) => freshHintOnceLoaded(current, this.doc, this.local),
    })
    this.provider.on('status', this.onStatus)
    this.provider.on('sync', this.refresh)
    this.provider.on('connection-close', this.onClose)
    this.doc.on('update', this.onUpdate)
    this.onStatus()
  }

  get current(): DocFacts {
    return this.facts
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  destroy(): void {
    this.stopTickets()
    this.provider.off('status', this.onStatus)
    this.provider.off('sync', this.refresh)
    this.provider.off('connection-close', this.onClose)
    this.doc.off('update', this.onUpdate)
    this.provider.destroy()
    this.local?.destroy()
    this.doc.destroy()
    this.listeners.clear()
  }

  private onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this.provider) {
      // what the server sent, it holds
      for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update))) {
        if ((this.serverVector.get(client) ?? 0) < clock) this.serverVector.set(client, clock)
      }
      return
    }
    // judged against what the server last said it holds: the local copy loading after the server's
    // state vector arrived brings back only what the server may already have, and no ack would follow
    this.unsaved = !this.serverCovers()
    this.refresh()
  }

  private serverCovers(): boolean {
    return coveredBy(Y.decodeStateVector(Y.encodeStateVector(this.doc)), this.serverVector)
  }

  /**
   * 4400–4499: the server refused a write (locked board, quota, an update it cannot apply) or
   * access. Reconnecting would resend the same thing forever, so stop and ask for a reload — and
   * drop this document's local copy, which holds the refused write and would bring it back.
   */
  private onClose = (event: CloseEvent | null) => {
    countConnectionClose()
    const code = event?.code ?? 0
    if (code === CLOSE.removed) return this.onSignedOut(event?.reason || 'you no longer have access to this workspace')
    if (code < 4400 || code >= 4500) return
    const reason = event?.reason || REFUSED[code] || 'the server refused it'
    if (ACCESS_CLOSES.has(code)) this.closed = reason
    else this.refused = reason
    // the copy holds what was refused (or what may no longer be read); too many sockets refuses neither
    if (code !== CLOSE.tooManySockets) this.local?.discard()
    this.provider.disconnect()
    this.refresh()
  }

  /** signed out or removed: access is over, so nothing here may be sent or kept */
  private onSignedOut = (reason: string) => {
    this.closed = reason
    this.local?.discard()
    this.provider.disconnect()
    this.refresh()
  }

  private onStatus = () => {
    const ws = this.provider.ws
    if (ws && !this.watched.has(ws)) {
      this.watched.add(ws)
      ws.addEventListener('message', (event: MessageEvent) => this.readAck(event.data))
    }
    if (this.provider.wsconnected) this.everConnected = true
    this.refresh()
  }

  private readAck(data: unknown) {
    if (!(data instanceof ArrayBuffer)) return
    try {
      const d = decoding.createDecoder(new Uint8Array(data))
      if (decoding.readVarUint(d) !== 0 || decoding.readVarUint(d) !== 0) return
      this.heardServer(decoding.readVarUint8Array(d))
    } catch {
      // not ours to judge: the provider reports malformed frames itself
    }
  }

  /** the server said which state it holds (its state vector) */
  private heardServer(vector: Uint8Array) {
    this.serverVector = Y.decodeStateVector(vector)
    if (this.serverCovers()) this.unsaved = false
    this.refresh()
  }

  private refresh = () => {
    const next: DocFacts = {
      connected: this.provider.wsconnected,
      synced: this.provider.synced,
      unsaved: this.unsaved,
      unprotected: this.unsaved && !(this.local?.persisted ?? false),
      everConnected: this.everConnected,
      refused: this.refused,
      closed: this.closed,
    }
    const f = this.facts
    if (f.connected === next.connected && f.synced === next.synced && f.unsaved === next.unsaved && f.unprotected === next.unprotected && f.everConnected === next.everConnected && f.refused === next.refused && f.closed === next.closed) return
    this.facts = next
    for (const l of this.listeners) l()
  }
}
