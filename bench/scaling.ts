/**
 * `npm run bench -- --scaling`: how cost grows with the work, ours and stock side by side, one short
 * run per cell (fresh servers each): rooms of 10 clients (1 → 100 rooms), one room of many clients
 * (10 → 200), and documents of 1k → 100k edits (ingest through one socket, load by a fresh client —
 * ours from storage in a new process — and the server's RSS with the document loaded).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runFanout, type FanoutResult } from './fanout'
import { timeLoad } from './cold-load'
import { startedRss, ingest, INGEST_ENV, ingestTarget, type IngestResult } from './ingest'
import { buildEditedDoc } from './lib/edits'
import { rssBytes } from './lib/proc'
import { startOurs, startStock, type BenchServer } from './lib/servers'
import { median } from './lib/stats'

export interface ScalingPlan {
  readonly rooms: readonly number[]
  readonly crowds: readonly number[]
  readonly docEdits: readonly number[]
  readonly reps: number
}

type Log = (line: string) => void
type Kind = 'ours' | 'stock'
const KINDS: readonly Kind[] = ['ours', 'stock']

async function withServer<T>(start: () => Promise<BenchServer>, fn: (s: BenchServer) => Promise<T>): Promise<T> {
  const server = await start()
  try {
    return await fn(server)
  } finally {
    await server.stop()
  }
}

const f = (v: number, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : '—')
const ratio = (a: number, b: number) => (Number.isFinite(a / b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—')
const med = <T>(xs: readonly T[], pick: (x: T) => number) => median(xs.map(pick))

async function fanoutCells(plan: ScalingPlan, dist: string, log: Log, title: string, cells: readonly { label: string; rooms: number; clients: number; edits: number; perSecond: number }[]): Promise<string> {
  const lines = [
    `#### ${title}`,
    '',
    '| workload | updates/s offered | ours p50 / p99 (ms) | stock p50 / p99 (ms) | p99 ours/stock | CPU per 1,000 deliveries ours / stock (s) | CPU ours/stock | RSS peak ours / stock (MB) | lost ours / stock |',
    '|---|---|---|---|---|---|---|---|---|',
  ]
  for (const cell of cells) {
    const runs: Record<Kind, FanoutResult[]> = { ours: [], stock: [] }
    for (let rep = 0; rep < plan.reps; rep++) {
      for (const kind of rep % 2 ? [...KINDS].reverse() : KINDS) {
        const r = await withServer(() => (kind === 'ours' ? startOurs({ dist }) : startStock()), (s) =>
          runFanout(s, { name: cell.label, rooms: cell.rooms, clientsPerRoom: cell.clients, edits: cell.edits, perSecond: cell.perSecond }),
        )
        log(`[scaling] ${cell.label} ${kind}: p99 ${r.p99.toFixed(1)} ms, CPU ${r.serverCpu.toFixed(2)} s, ${r.received}/${r.expected}`)
        runs[kind].push(r)
      }
    }
    const [o, s] = [runs.ours, runs.stock]
    const lost = (xs: FanoutResult[]) => xs.reduce((n, x) => n + Math.max(0, x.expected - x.received), 0)
    lines.push(
      `| ${cell.label} | ${cell.rooms * cell.clients * cell.perSecond} | ${f(med(o, (x) => x.p50))} / ${f(med(o, (x) => x.p99))} | ${f(med(s, (x) => x.p50))} / ${f(med(s, (x) => x.p99))} | ${ratio(med(o, (x) => x.p99), med(s, (x) => x.p99))} | ${f(med(o, (x) => x.cpuPer1000), 4)} / ${f(med(s, (x) => x.cpuPer1000), 4)} | ${ratio(med(o, (x) => x.cpuPer1000), med(s, (x) => x.cpuPer1000))} | ${f(med(o, (x) => x.rssPeak / 1e6), 0)} / ${f(med(s, (x) => x.rssPeak / 1e6), 0)} | ${lost(o)} / ${lost(s)} |`,
    )
  }
  return lines.join('\n')
}

interface DocCell {
  readonly ingest: IngestResult
  /** ours: cold (new process, from storage); stock: warm (in memory) */
  readonly firstLoadMs: number
  /** ours only: a second client while the document is loaded */
  readonly warmLoadMs: number
  readonly idleRss: number
  readonly loadedRss: number
}

async function oursDoc(dist: string, edits: number, edited: ReturnType<typeof buildEditedDoc>): Promise<DocCell> {
  const dataDir = mkdtempSync(join(tmpdir(), `rootwork-bench-scaling-${edits}-`))
  try {
    const stored = await withServer(() => startOurs({ dist, dataDir, env: INGEST_ENV }), async (s) => {
      const spec = await ingestTarget(s)
      return { spec, ingest: await ingest(s, spec, edited) }
    })
    // a new process with default limits on the stored data: the document comes from storage
    return await withServer(() => startOurs({ dist, dataDir }), async (s) => {
      const idle = await startedRss(s)
      const spec = { ...stored.spec, serverUrl: `ws://127.0.0.1:${s.port}/sync` }
      const cold = await timeLoad(spec, edited)
      const warm = await timeLoad(spec, edited)
      const loadedRss = rssBytes(s.pid)
      cold.client.destroy()
      warm.client.destroy()
      return { ingest: stored.ingest, firstLoadMs: cold.ms, warmLoadMs: warm.ms, idleRss: idle, loadedRss }
    })
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function stockDoc(edited: ReturnType<typeof buildEditedDoc>): Promise<DocCell> {
  return withServer(() => startStock(), async (s) => {
    const idle = await startedRss(s)
    const spec = await ingestTarget(s)
    const ingested = await ingest(s, spec, edited)
    const warm = await timeLoad(spec, edited)
    const loadedRss = rssBytes(s.pid)
    warm.client.destroy()
    return { ingest: ingested, firstLoadMs: warm.ms, warmLoadMs: Number.NaN, idleRss: idle, loadedRss }
  })
}

async function docCells(plan: ScalingPlan, dist: string, log: Log): Promise<string> {
  const lines = [
    '#### Documents of many edits (ingest through one socket; first load by a fresh client — ours cold from SQLite in a new process, stock warm in memory)',
    '',
    '| edits | state (KB) | ingest ours / stock (s) | ingest CPU per 1,000 updates ours / stock (s) | CPU ours/stock | first load ours cold / stock warm (ms) | load ours/stock | ours warm load (ms) | RSS with the document loaded ours / stock (MB) | growth over idle ours / stock (MB) |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ]
  for (const edits of plan.docEdits) {
    const edited = buildEditedDoc(edits)
    const runs: Record<Kind, DocCell[]> = { ours: [], stock: [] }
    for (let rep = 0; rep < plan.reps; rep++) {
      for (const kind of rep % 2 ? [...KINDS].reverse() : KINDS) {
        const r = kind === 'ours' ? await oursDoc(dist, edits, edited) : await stockDoc(edited)
        log(`[scaling] ${edits} edits ${kind}: ingest ${r.ingest.seconds.toFixed(1)} s (CPU ${r.ingest.serverCpu.toFixed(2)} s), first load ${r.firstLoadMs.toFixed(0)} ms, RSS ${(r.loadedRss / 1e6).toFixed(0)} MB`)
        runs[kind].push(r)
      }
    }
    const [o, s] = [runs.ours, runs.stock]
    lines.push(
      `| ${edits.toLocaleString('en')} | ${f(edited.stateBytes / 1000, 0)} | ${f(med(o, (x) => x.ingest.seconds), 2)} / ${f(med(s, (x) => x.ingest.seconds), 2)} | ${f(med(o, (x) => x.ingest.cpuPer1000), 4)} / ${f(med(s, (x) => x.ingest.cpuPer1000), 4)} | ${ratio(med(o, (x) => x.ingest.cpuPer1000), med(s, (x) => x.ingest.cpuPer1000))} | ${f(med(o, (x) => x.firstLoadMs), 0)} / ${f(med(s, (x) => x.firstLoadMs), 0)} | ${ratio(med(o, (x) => x.firstLoadMs), med(s, (x) => x.firstLoadMs))} | ${f(med(o, (x) => x.warmLoadMs), 0)} | ${f(med(o, (x) => x.loadedRss / 1e6), 0)} / ${f(med(s, (x) => x.loadedRss / 1e6), 0)} | ${f(med(o, (x) => (x.loadedRss - x.idleRss) / 1e6), 1)} / ${f(med(s, (x) => (x.loadedRss - x.idleRss) / 1e6), 1)} |`,
    )
  }
  return lines.join('\n')
}

/** Runs every cell; returns the tables as Markdown. */
export async function runScaling(plan: ScalingPlan, dist: string, log: Log): Promise<string> {
  const rooms = await fanoutCells(plan, dist, log, 'Rooms of 10 clients, 6 edits per client at 2/s (3 s of sending)', plan.rooms.map((n) => ({ label: `${n} room${n > 1 ? 's' : ''} × 10`, rooms: n, clients: 10, edits: 6, perSecond: 2 })))
  const crowds = await fanoutCells(plan, dist, log, 'One room, 4 edits per client at 1/s (4 s of sending)', plan.crowds.map((n) => ({ label: `1 room × ${n}`, rooms: 1, clients: n, edits: 4, perSecond: 1 })))
  const docs = await docCells(plan, dist, log)
  return [rooms, crowds, docs].join('\n\n')
}
