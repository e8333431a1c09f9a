/**
 * Ingest: every edit of a large document sent as its own update through one socket, as fast as the
 * provider sends them, until a second client holds them all. Server CPU (from /proc) over that
 * window, per 1,000 updates: ours stores each one (append-before-relay) and relays it, stock only
 * applies and relays. Ours runs with raised per-connection rate limits (the default 150/s would
 * close the burst's socket). Also: a freshly started server's idle RSS.
 */
import * as Y from 'yjs'
import { openClient } from './lib/clients'
import { covers, type EditedDoc } from './lib/edits'
import { cpuSeconds, rssBytes, sampleRss } from './lib/proc'
import type { BenchServer, RoomSpec } from './lib/servers'
import { median, sleep, until } from './lib/stats'

/** what ours needs to take a burst from one socket */
export const INGEST_ENV = { RATE_BURST: '1000000', RATE_PER_SECOND: '1000000' } as const

export interface IngestResult {
  readonly updates: number
  /** first send → the watcher holds everything (s) */
  readonly seconds: number
  readonly serverCpu: number
  readonly cpuPer1000: number
  readonly rssPeak: number
}

/** Sends every edit through one client; a second client's arrival of the last one ends the window. */
export async function ingest(server: BenchServer, spec: RoomSpec, edited: EditedDoc): Promise<IngestResult> {
  const writer = openClient(spec)
  const watcher = openClient(spec)
  try {
    if (!(await until(() => writer.provider.synced && watcher.provider.synced, 30_000))) throw new Error('ingest clients did not sync')
    const rss = sampleRss(server.pids)
    const cpu0 = cpuSeconds(server.pid)
    const t0 = performance.now()
    for (const update of edited.updates) Y.applyUpdate(writer.doc, update)
    const done = await until(() => covers(Y.encodeStateVector(watcher.doc), edited.stateVector), 300_000, 20)
    const seconds = (performance.now() - t0) / 1000
    const serverCpu = cpuSeconds(server.pid) - cpu0
    const rssPeak = rss.stop()
    if (!done) throw new Error('the server did not relay every edit')
    return { updates: edited.updates.length, seconds, serverCpu, cpuPer1000: (serverCpu / edited.updates.length) * 1000, rssPeak }
  } finally {
    writer.destroy()
    watcher.destroy()
  }
}

/** The spec of one fresh document to ingest into: ours a workspace's board, stock a fresh room. */
export async function ingestTarget(server: BenchServer): Promise<RoomSpec> {
  if (server.kind === 'stock') return (await server.docs(1))[0]!
  return (await server.rooms(1, 1))[0]![0]!
}

export interface IdleRss {
  /** median of a few samples 3 s after the start */
  readonly justStarted: number
  /** the same 12 s after the start: V8's memory reducer has given back the start-up garbage by then */
  readonly settled: number
}

const rssNow = async (server: Pick<BenchServer, 'pid'>): Promise<number> => {
  const samples: number[] = []
  for (let i = 0; i < 5; i++) {
    samples.push(rssBytes(server.pid))
    await sleep(200)
  }
  return median(samples)
}

/** RSS of a server that has just started and served nothing (median of a few samples after 3 s). */
export async function startedRss(server: Pick<BenchServer, 'pid'>): Promise<number> {
  await sleep(3000)
  return rssNow(server)
}

/** RSS of a server that has started and served nothing, just after the start and once settled. */
export async function idleRss(server: Pick<BenchServer, 'pid'>): Promise<IdleRss> {
  const started = performance.now()
  const justStarted = await startedRss(server)
  await sleep(Math.max(0, started + 12_000 - performance.now()))
  return { justStarted, settled: await rssNow(server) }
}
