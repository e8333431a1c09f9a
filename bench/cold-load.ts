/**
 * Load of a large document: 20,000 small edits are sent to the server one update each; then a
 * fresh client connects and is timed until it holds the full state. Ours is restarted first (the
 * document comes from SQLite in a new process); the stock server keeps it in memory (warm).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { openClient, type BenchClient } from './lib/clients'
import { covers, type EditedDoc } from './lib/edits'
import { startOurs, startStock, type BenchServer, type RoomSpec } from './lib/servers'
import { until } from './lib/stats'
import { monotonicMicros } from './lib/profile'

export interface LoadResult {
  /** connect → holds the full state (ms) */
  readonly ms: number
  /** websocket payload bytes the client received until then */
  readonly bytes: number
}

const holdsAll = (client: BenchClient, edited: EditedDoc) => client.provider.synced && covers(Y.encodeStateVector(client.doc), edited.stateVector)

/** Sends every edit as its own update through one provider, then waits until a second client has them all. */
async function upload(spec: RoomSpec, edited: EditedDoc): Promise<void> {
  const writer = openClient(spec)
  const watcher = openClient(spec)
  try {
    if (!(await until(() => writer.provider.synced && watcher.provider.synced, 30_000))) throw new Error('upload clients did not sync')
    for (const update of edited.updates) Y.applyUpdate(writer.doc, update)
    if (!(await until(() => covers(Y.encodeStateVector(watcher.doc), edited.stateVector), 120_000, 50)))
      throw new Error('the server did not receive every edit')
  } finally {
    writer.destroy()
    watcher.destroy()
  }
}

/** Times one fresh client from `new WebsocketProvider` until it holds the whole document. */
export async function timeLoad(spec: RoomSpec, edited: EditedDoc): Promise<LoadResult & { client: BenchClient }> {
  const t0 = performance.now()
  const client = openClient(spec)
  if (!(await until(() => holdsAll(client, edited), 60_000, 1))) throw new Error('the fresh client did not receive the full state')
  return { ms: performance.now() - t0, bytes: client.received(), client }
}

export interface StoredDoc {
  readonly template: string
  readonly spec: RoomSpec
  dispose(): void
}

/**
 * Builds our stored copy once: our server with raised rate limits (20,000 messages from one socket
 * would trip the default 150/s limit), every edit sent, then a graceful stop (which compacts).
 */
export async function storeOnce(dist: string, edited: EditedDoc): Promise<StoredDoc> {
  const template = mkdtempSync(join(tmpdir(), 'rootwork-bench-cold-'))
  const server = await startOurs({ dist, dataDir: template, env: { RATE_BURST: '1000000', RATE_PER_SECOND: '1000000' } })
  try {
    // the workspace's board: what a team opens next week (it also holds the ~2 KB the server pre-creates)
    const spec = (await server.rooms(1, 1))[0]![0]!
    await upload(spec, edited)
    await server.stop()
    return { template, spec, dispose: () => rmSync(template, { recursive: true, force: true }) }
  } catch (e) {
    await server.stop()
    rmSync(template, { recursive: true, force: true })
    throw e
  }
}

export interface OursCold {
  readonly cold: LoadResult
  /** a second client while the document is loaded: ours warm, for comparison */
  readonly warm: LoadResult
  /** the cold load on the monotonic clock (µs), to cut a CPU profile to it */
  readonly coldWindowMicros: readonly [number, number]
}

/** Ours: a new process on a copy of the stored data (default limits), first client timed, then a second. */
export async function oursColdLoad(dist: string, stored: StoredDoc, edited: EditedDoc, cpuProfDir?: string): Promise<OursCold> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rootwork-bench-cold-run-'))
  cpSync(stored.template, dataDir, { recursive: true })
  const server = await startOurs({ dist, dataDir, ...(cpuProfDir && { cpuProfDir }) })
  try {
    // the token in the stored spec is valid in the copy; only the port changed
    const moved = { ...stored.spec, serverUrl: `ws://127.0.0.1:${server.port}/sync` }
    const coldStart = monotonicMicros()
    const first = await timeLoad(moved, edited)
    const coldWindowMicros = [coldStart, monotonicMicros()] as const
    // the first client holds the state once the stored row has arrived, which is before the server has
    // built its own copy; "warm" is a document already loaded, so wait for the server's own step 1
    if (!(await until(() => first.client.serverStep1s() > 0, 60_000, 1))) throw new Error('the server never finished loading the document')
    const second = await timeLoad(moved, edited)
    first.client.destroy()
    second.client.destroy()
    return { cold: { ms: first.ms, bytes: first.bytes }, warm: { ms: second.ms, bytes: second.bytes }, coldWindowMicros }
  } finally {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Stock: the same edits sent to a fresh stock server, uploaders gone, then a fresh client timed. */
export async function stockWarmLoad(edited: EditedDoc, start: () => Promise<BenchServer> = startStock): Promise<LoadResult> {
  const server = await start()
  try {
    const [spec] = await server.docs(1)
    await upload(spec!, edited)
    const loaded = await timeLoad(spec!, edited)
    loaded.client.destroy()
    return { ms: loaded.ms, bytes: loaded.bytes }
  } finally {
    await server.stop()
  }
}
