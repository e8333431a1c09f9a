/**
 * Fan-out between instances over Redis pub/sub. Each served document has two channels (updates
 * with their seq; awareness), and every instance publishes a heartbeat on a shared channel so the
 * others can drop the presence of an instance that died. Pub/sub is lossy across reconnects, so a
 * reconnect tells every linked document to catch up from storage.
 */
import { randomBytes } from 'node:crypto'
import { err, ok } from '../../shared/result'
import type { BrokerReply, DocLinkHandlers, Fanout } from './fanout'
import { decodeClusterMessage, encodeClusterMessage, type ClusterMessage, type SeqEntry } from './messages'

export interface RedisFanoutOptions {
  readonly url: string
  readonly heartbeatMs: number
  /** an instance not heard from for this long is treated as gone */
  readonly instanceTimeoutMs: number
  readonly log: (message: string, detail?: unknown) => void
  readonly prefix?: string
}

interface Linked {
  readonly handlers: Set<DocLinkHandlers>
  readonly subscribed: Promise<void>
}

const SUBSCRIBE_TIMEOUT_MS = 5_000

export async function openRedisFanout(options: RedisFanoutOptions): Promise<Fanout> {
  // imported here, not at the top: a single instance never loads the client
  const { Redis } = await import('ioredis')
  const instanceId = randomBytes(8).toString('hex')
  const prefix = options.prefix ?? 'rootwork:'
  const channel = { updates: (doc: string) => `${prefix}u:${doc}`, awareness: (doc: string) => `${prefix}a:${doc}`, instances: `${prefix}instances` }
  // auto-pipelining batches the publishes of one event-loop turn into one socket write
  const pub = new Redis(options.url, { lazyConnect: true, maxRetriesPerRequest: 2, enableAutoPipelining: true })
  const sub = new Redis(options.url, { lazyConnect: true })
  for (const [name, conn] of [['publish', pub], ['subscribe', sub]] as const) conn.on('error', (e: Error) => options.log(`redis (${name}): ${e.message}`))
  await Promise.all([pub.connect(), sub.connect()])

  const links = new Map<string, Linked>()
  const disconnectHandlers = new Set<(memberId: string, reason: string) => void>()
  const lastSeen = new Map<string, number>()
  const everyHandler = (fn: (h: DocLinkHandlers) => void) => {
    for (const linked of links.values()) for (const h of linked.handlers) fn(h)
  }
  let closing = false
  const send = (name: string, m: ClusterMessage) =>
    closing ? Promise.resolve() : pub.publish(name, Buffer.from(encodeClusterMessage(m))).catch((e: unknown) => options.log('redis publish failed', String(e)))
  // One publish per document per event-loop turn: a batch of appends becomes one message.
  let outgoing = new Map<string, SeqEntry[]>()
  const flushUpdates = () => {
    const batch = outgoing
    outgoing = new Map()
    for (const [doc, entries] of batch) {
      const m: ClusterMessage = entries.length === 1 ? { type: 'update', from: instanceId, ...entries[0]! } : { type: 'updates', from: instanceId, entries }
      void send(channel.updates(doc), m)
    }
  }
  const publishUpdate = (doc: string, entry: SeqEntry) => {
    if (outgoing.size === 0) setImmediate(flushUpdates)
    const entries = outgoing.get(doc)
    if (entries) entries.push(entry)
    else outgoing.set(doc, [entry])
  }
  const gone = (id: string) => {
    lastSeen.delete(id)
    everyHandler((h) => h.onInstanceGone(id))
  }

  sub.on('messageBuffer', (rawChannel: Buffer, raw: Buffer) => {
    const decoded = decodeClusterMessage(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength))
    if (!decoded.ok) return options.log('ignored a malformed cluster message', decoded.error)
    const m = decoded.value
    if (m.from === instanceId) return
    if (m.type === 'gone') return gone(m.from)
    lastSeen.set(m.from, Date.now())
    const name = rawChannel.toString()
    if (name === channel.instances) {
      if (m.type === 'disconnect-member') for (const h of disconnectHandlers) h(m.memberId, m.reason)
      return
    }
    const doc = name.slice(`${prefix}u:`.length)
    for (const h of links.get(doc)?.handlers ?? []) {
      if (m.type === 'update' && name === channel.updates(doc)) h.onUpdate(m.seq, m.update)
      else if (m.type === 'updates' && name === channel.updates(doc)) for (const entry of m.entries) h.onUpdate(entry.seq, entry.update)
      else if (m.type === 'awareness' && name === channel.awareness(doc)) h.onAwareness(m.from, m.update)
      else if (m.type === 'awareness-query' && name === channel.awareness(doc)) h.onAwarenessQuery()
    }
  })

  // Connected already, so 'ready' means a reconnect: ioredis resubscribes first, and a PING queued
  // behind that answers once it is done.
  sub.on('ready', () => void sub.ping().then(() => everyHandler((h) => h.onPossiblyMissed()), () => undefined))
  await sub.subscribe(channel.instances)

  const heartbeat = setInterval(() => {
    void send(channel.instances, { type: 'alive', from: instanceId })
    const now = Date.now()
    for (const [id, seen] of lastSeen) if (now - seen > options.instanceTimeoutMs) gone(id)
  }, options.heartbeatMs)
  heartbeat.unref()
  void send(channel.instances, { type: 'alive', from: instanceId })

  const unlink = (doc: string, handlers: DocLinkHandlers) => {
    const linked = links.get(doc)
    if (!linked?.handlers.delete(handlers) || linked.handlers.size > 0) return
    links.delete(doc)
    sub.unsubscribe(channel.updates(doc), channel.awareness(doc)).catch(() => undefined)
  }

  return {
    instanceId,
    clustered: true,
    sendCommand: (command, ...args) => pub.call(command, ...args) as Promise<BrokerReply>,
    async link(doc, handlers) {
      let linked = links.get(doc)
      if (!linked) {
        const subscribed = sub.subscribe(channel.updates(doc), channel.awareness(doc)).then(() => undefined)
        linked = { handlers: new Set(), subscribed }
        links.set(doc, linked)
      }
      linked.handlers.add(handlers)
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), SUBSCRIBE_TIMEOUT_MS)))
      const outcome = await Promise.race([linked.subscribed.then(() => 'ok' as const, () => 'failed' as const), timeout])
      clearTimeout(timer)
      if (outcome !== 'ok') {
        unlink(doc, handlers)
        return err({ kind: 'unavailable', message: `cannot subscribe to ${doc} on redis (${outcome})` })
      }
      void send(channel.awareness(doc), { type: 'awareness-query', from: instanceId })
      return ok({
        publishUpdate: (seq, update) => publishUpdate(doc, { seq, update }),
        publishAwareness: (update) => void send(channel.awareness(doc), { type: 'awareness', from: instanceId, update }),
        close: () => unlink(doc, handlers),
      })
    },
    disconnectMember: (memberId, reason) => void send(channel.instances, { type: 'disconnect-member', from: instanceId, memberId, reason }),
    onDisconnectMember(handler) {
      disconnectHandlers.add(handler)
      return () => disconnectHandlers.delete(handler)
    },
    async ready() {
      if (pub.status !== 'ready' || sub.status !== 'ready') return false
      return pub.ping().then(() => true, () => false)
    },
    async close() {
      clearInterval(heartbeat)
      // the others drop this instance's presence now instead of waiting for its heartbeat to lapse
      await send(channel.instances, { type: 'gone', from: instanceId })
      closing = true
      await Promise.all([sub.quit().catch(() => sub.disconnect()), pub.quit().catch(() => pub.disconnect())])
    },
  }
}
