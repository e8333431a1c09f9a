/**
 * One document's connection: a stock y-websocket provider plus a save tracker that reads the
 * server's acknowledgements (sync step 1 frames carrying its state vector). `destroy()` undoes all.
 */
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import { WebsocketProvider } from 'y-websocket'
import { CLOSE } from '../../../shared/sync/close-codes'
import { fetchSyncTicket } from '../api/client'
import { coveredBy, type DocFacts } from './status'
import { ticketed } from './ticketed'

export class DocConnection {
  readonly doc = new Y.Doc()
  readonly provider: WebsocketProvider
  private serverVector = new Map<number, number>()
  private unsaved = false
  private everConnected = false
  private refused: string | undefined
  private readonly listeners = new Set<() => void>()
  private readonly watched = new WeakSet<WebSocket>()
  private facts: DocFacts = { connected: false, synced: false, unsaved: false, everConnected: false }
  private readonly stopTickets: () => void

  constructor(
    syncUrl: string,
    readonly room: string,
    token: string,
  ) {
    // no token in the URL: every connection opens with a fresh single-use ticket (see ticketed.ts)
    this.provider = new WebsocketProvider(syncUrl, room, this.doc, { connect: false, maxBackoffTime: 5000 })
    this.stopTickets = ticketed(this.provider, () => fetchSyncTicket(room.split('/')[0] ?? '', token), { onRefused: this.onSignedOut })
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
    this.doc.destroy()
    this.listeners.clear()
  }

  private onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === this.provider) return
    this.unsaved = true
    this.refresh()
  }

  /** writeRefused: reconnecting would resend the write forever, so stop and ask for a reload; removed: access is over */
  private onClose = (event: CloseEvent | null) => {
    if (event?.code === CLOSE.removed) return this.onSignedOut(event.reason || 'you no longer have access to this workspace')
    if (event?.code !== CLOSE.writeRefused) return
    this.refused = event.reason || 'the server refused it'
    this.provider.disconnect()
    this.refresh()
  }

  private onSignedOut = (reason: string) => {
    this.refused = reason
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
      this.serverVector = Y.decodeStateVector(decoding.readVarUint8Array(d))
      if (coveredBy(Y.decodeStateVector(Y.encodeStateVector(this.doc)), this.serverVector)) this.unsaved = false
      this.refresh()
    } catch {
      // not ours to judge: the provider reports malformed frames itself
    }
  }

  private refresh = () => {
    const next: DocFacts = {
      connected: this.provider.wsconnected,
      synced: this.provider.synced,
      unsaved: this.unsaved,
      everConnected: this.everConnected,
      refused: this.refused,
    }
    const f = this.facts
    if (f.connected === next.connected && f.synced === next.synced && f.unsaved === next.unsaved && f.everConnected === next.everConnected && f.refused === next.refused) return
    this.facts = next
    for (const l of this.listeners) l()
  }
}
