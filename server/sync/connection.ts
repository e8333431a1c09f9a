/**
 * One authenticated websocket in one room. Messages are handled strictly in order, and only after
 * the document has loaded; updates are handed to the document's write path in that order without
 * waiting for each to be stored. Anything malformed closes this connection with a reason and reaches
 * neither storage nor the peers (a malformed update that half-changed the live document is undone
 * by a rebuild from storage); writes the member may not make are dropped and reported.
 */
import type { WebSocket } from 'ws'
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import type { Access } from '../../shared/doc/permissions'
import type { MemberRow } from '../storage/types'
import type { LiveDoc, Peer, SubmitError } from './live-doc'
import { CLOSE, encodeAwarenessMessage, encodePermissionDenied, encodeSyncMessage, KEEPALIVE_MESSAGE, MESSAGE, SYNC } from './protocol'
import { TokenBucket } from './rate-limit'
import { stampIdentity } from './identity'
import { encodeAwareness, incomingUpdate, parseAwareness, type AwarenessLimits, type IncomingUpdate } from './validate'
import type { DocRegistry } from './registry'
import { isEmptyUpdate } from './pending-write'
import type { Result } from '../../shared/result'
import type { AckClock, AckTarget } from './ack-clock'
import { encodeSavedMessage } from '../../shared/sync/saved-ack'
import { WholeState } from './whole-state'

export interface ConnectionLimits {
  readonly rateBurst: number
  readonly ratePerSecond: number
  readonly awareness: AwarenessLimits
  /** distinct awareness client ids one connection may speak for */
  readonly maxClientIdsPerConnection: number
  /** a socket sent nothing for this long gets a keepalive (the stock provider reconnects after 30 s of silence) */
  readonly keepaliveMs: number
  /** a socket whose unsent bytes pass this is closed (backpressure); its provider resyncs when back */
  readonly maxBufferedBytes: number
}

/**
 * Returns a reason when an allowed writer's update must still be refused (e.g. a locked board).
 * Called just before the update is applied, against the live document as it is then.
 */
export type WriteGuard = (live: LiveDoc, update: IncomingUpdate) => string | undefined

/**
 * Updates of one connection that may wait for their write at once. Messages are handed to the
 * document in order without waiting for each to be stored, so a burst is stored as a few batches
 * instead of one event-loop turn per update; past this many the connection waits.
 */
const MAX_WRITES_IN_FLIGHT = 256

export interface ConnectionContext {
  readonly guard?: WriteGuard | undefined
  /** called once the connection is closed and cleaned up */
  readonly onClosed?: (() => void) | undefined
  readonly member: MemberRow
  readonly access: Access
  readonly docKey: string
  readonly registry: DocRegistry
  readonly limits: ConnectionLimits
  /** acknowledges writers' durable writes (one clock for every connection) */
  readonly acks: AckClock
  /** the client asked for SAVED_MESSAGE acknowledgements, which it does not answer (shared/sync/saved-ack.ts) */
  readonly savedAcks?: boolean | undefined
  /** the client says it holds nothing of the document yet: send it everything unasked (shared/sync/fresh-client.ts) */
  readonly holdsNothing?: boolean | undefined
  readonly log: (message: string, detail?: unknown) => void
}

class ProtocolViolation extends Error {
  constructor(
    readonly code: number,
    reason: string,
  ) {
    super(reason)
  }
}

export function serveConnection(ws: WebSocket, ctx: ConnectionContext): void {
  const bucket = new TokenBucket(ctx.limits.rateBurst, ctx.limits.ratePerSecond)
  const clientIds = new Set<number>()
  let live: LiveDoc | undefined
  let closed = false
  /** a failed load is dropped by the registry, so only a successful acquire is released */
  let acquired = false
  let deniedNotified = false

  let sentSinceTick = false
  /** bytes of document states sent that may still sit in the socket's buffer: a state is not "behind" */
  let stateBytes = 0
  const deliver = (message: Uint8Array, isState: boolean) => {
    if (closed || ws.readyState !== ws.OPEN) return
    const buffered = ws.bufferedAmount
    if (buffered <= ctx.limits.maxBufferedBytes) stateBytes = 0
    else if (buffered > ctx.limits.maxBufferedBytes + stateBytes) {
      // a reader that stopped reading must not grow this process: close it, its provider resyncs
      ctx.log(`closing a slow reader of ${ctx.docKey}: ${buffered} bytes unsent`)
      close(CLOSE.tryAgainLater, 'too far behind reading: reconnect to resync')
      setTimeout(() => ws.terminate(), 1000).unref()
      return
    }
    if (isState) stateBytes += message.byteLength
    // no per-message callback: a failed send surfaces as the socket's 'error'/'close' anyway
    ws.send(message)
    sentSinceTick = true
  }
  const peer: Peer = { send: (message) => deliver(message, false) }
  const sendState = (message: Uint8Array) => deliver(message, true)
  const keepalive = setInterval(() => {
    if (!sentSinceTick && live) peer.send(KEEPALIVE_MESSAGE)
    sentSinceTick = false
  }, ctx.limits.keepaliveMs)
  keepalive.unref()

  const close = (code: number, reason: string) => {
    if (closed) return
    closed = true
    clearInterval(keepalive)
    if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, reason.slice(0, 120))
  }

  const whole = ctx.holdsNothing ? new WholeState(sendState, close) : undefined
  let chain: Promise<void> = ctx.registry.acquire(ctx.docKey, whole).then((loaded) => {
    if (!loaded.ok) {
      ctx.log(`cannot open ${ctx.docKey}`, loaded.error)
      close(CLOSE.serverError, loaded.error.kind === 'corrupt' ? 'document unreadable' : 'storage unavailable')
      return
    }
    acquired = true
    live = loaded.value
    if (closed) return
    live.peers.add(peer)
    peer.send(encodeSyncMessage(SYNC.step1, Y.encodeStateVector(live.doc)))
    const states = [...live.awareness.getStates().keys()]
    if (states.length > 0) peer.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(live.awareness, states)))
    return whole?.joined(live)
  })

  const handle = async (data: Uint8Array): Promise<void> => {
    if (closed || !live) return
    const d = decoding.createDecoder(data)
    const type = decoding.readVarUint(d)
    switch (type) {
      case MESSAGE.sync:
        return handleSync(live, d)
      case MESSAGE.awareness:
        return handleAwareness(live, decoding.readVarUint8Array(d))
      case MESSAGE.queryAwareness:
        peer.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(live.awareness, [...live.awareness.getStates().keys()])))
        return
      case MESSAGE.auth:
        return
      default:
        throw new ProtocolViolation(CLOSE.protocolError, `unknown message type ${type}`)
    }
  }

  const handleSync = async (doc: LiveDoc, d: decoding.Decoder): Promise<void> => {
    const kind = decoding.readVarUint(d)
    if (kind === SYNC.step1) {
      const sv = decoding.readVarUint8Array(d)
      // answered behind queued writes, so it never carries an update that is not yet durable
      await doc.afterWrites(() => sendState(encodeSyncMessage(SYNC.step2, whole ? whole.answer(doc, sv) : doc.missingFor(sv))))
      return
    }
    if (kind !== SYNC.step2 && kind !== SYNC.update) throw new ProtocolViolation(CLOSE.protocolError, `unknown sync message ${kind}`)
    const update = decoding.readVarUint8Array(d)
    if (isEmptyUpdate(update)) return
    if (!ctx.access.write) {
      if (!deniedNotified) peer.send(encodePermissionDenied('read-only: your changes to this document are not saved'))
      deniedNotified = true
      return
    }
    const guard = ctx.guard
    const incoming = incomingUpdate(update)
    const saved = doc.submit(update, peer, { guard: guard && (() => guard(doc, incoming)) })
    inFlight++
    void saved.then((result) => {
      inFlight--
      onSaved(result)
    })
    if (inFlight >= MAX_WRITES_IN_FLIGHT) await saved
  }

  let inFlight = 0
  const onSaved = (saved: Result<void, SubmitError>) => {
    if (saved.ok) return scheduleAck()
    const failure = saved.error
    switch (failure.kind) {
      // A refused update leaves a gap in that client's history that later updates depend on, so the
      // client is disconnected with a code that tells it to reload rather than silently diverge.
      case 'guard':
      case 'refused':
      case 'quota': {
        const code = { guard: CLOSE.writeRefused, refused: CLOSE.updateRefused, quota: CLOSE.overQuota }[failure.kind]
        if (!closed) peer.send(encodePermissionDenied(failure.message))
        return close(code, failure.message)
      }
      case 'malformed':
        return close(CLOSE.unsupportedData, failure.message)
      case 'dropped':
        return // an earlier update of this connection was refused: it is being closed already
      default:
        close(CLOSE.serverError, 'storage failure: update not saved, reconnect to retry')
    }
  }

  // "Saved" acknowledgement: once writes are durable, the server sends its state vector back to the
  // writer; the client compares it with its own to show "saved". A client that asked for it gets a
  // SAVED_MESSAGE, which it does not answer; any other gets a standard sync step 1, which a provider
  // answers with a sync step 2 the server must then read (shared/sync/saved-ack.ts). It goes out once
  // the writer has been quiet for a moment (300 ms), and at least every 1.5 s while it keeps writing
  // (ack-clock.ts), so a steady typist is not answered after every few keys.
  const ackTarget: AckTarget = {
    ack() {
      if (closed || !live) return
      const vector = Y.encodeStateVector(live.doc)
      peer.send(ctx.savedAcks ? encodeSavedMessage(vector) : encodeSyncMessage(SYNC.step1, vector))
    },
  }
  const scheduleAck = () => ctx.acks.wrote(ackTarget)

  const handleAwareness = (doc: LiveDoc, update: Uint8Array): void => {
    const parsed = parseAwareness(update, ctx.limits.awareness)
    if (!parsed.ok) throw new ProtocolViolation(CLOSE.policy, parsed.error)
    // Providers re-broadcast every state they hear, so entries for other connections' clients are
    // normal: they are dropped, never applied — a connection speaks only for the clients it owns.
    const own = parsed.value.filter((entry) => {
      if (clientIds.has(entry.clientId)) return true
      if (entry.state === null || doc.awarenessOwner.has(entry.clientId)) return false
      if (clientIds.size >= ctx.limits.maxClientIdsPerConnection) throw new ProtocolViolation(CLOSE.policy, 'too many awareness client ids')
      clientIds.add(entry.clientId)
      doc.awarenessOwner.set(entry.clientId, peer)
      return true
    })
    if (own.length === 0) return
    doc.reviveRemoved(peer, own)
    const stamped = own.map((entry) => stampIdentity(entry, ctx.member))
    awarenessProtocol.applyAwarenessUpdate(doc.awareness, encodeAwareness(stamped), peer)
  }

  ws.on('error', (e) => {
    ctx.log(`socket error on ${ctx.docKey}`, e.message)
    close(CLOSE.protocolError, 'malformed websocket frame')
  })

  ws.on('message', (raw, isBinary) => {
    if (closed) return
    if (!isBinary) return close(CLOSE.unsupportedData, 'binary frames only')
    if (!bucket.take()) return close(CLOSE.policy, 'message rate limit exceeded')
    const data = toBytes(raw)
    chain = chain
      .then(() => handle(data))
      .catch((e: unknown) => {
        if (e instanceof ProtocolViolation) return close(e.code, e.message)
        ctx.log(`rejected a message on ${ctx.docKey}`, e instanceof Error ? e.message : e)
        close(CLOSE.protocolError, 'malformed message')
      })
  })

  ws.on('close', () => {
    closed = true
    ctx.acks.forget(ackTarget)
    clearInterval(keepalive)
    void chain.finally(() => {
      if (live) {
        live.peers.delete(peer)
        for (const id of clientIds) if (live.awarenessOwner.get(id) === peer) live.awarenessOwner.delete(id)
        awarenessProtocol.removeAwarenessStates(live.awareness, [...clientIds], null)
      }
      if (acquired) ctx.registry.release(ctx.docKey)
      ctx.onClosed?.()
    })
  })
}

function toBytes(raw: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(raw)) return new Uint8Array(Buffer.concat(raw))
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw)
  return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength)
}
