/**
 * `npm run bench`: ours (production build, SQLite, auth) against the stock y-websocket server on
 * loopback, same load generator, several repetitions each; prints a table and appends it to
 * bench/RESULTS.md. Flags: --quick (smoke run, not saved unless --save), --reps=N,
 * --only=fanout,saturation,ingest,cold,idle,memory,snapshot,client,rollup, --cluster / --no-cluster (two instances of ours on
 * PostgreSQL + Redis in the fan-out section; on by default in full runs), --profile, --no-save.
 */
import { join } from 'node:path'
import { runClient } from './client-page'
import { oursColdLoad, stockWarmLoad, storeOnce, type LoadResult, type OursCold } from './cold-load'
import { FULL_FANOUT, runFanout, servicesCpuText } from './fanout'
import { runMemory, type MemoryResult } from './memory'
import { runSnapshot, type SnapshotResult } from './snapshot'
import { profileRuns } from './profile-runs'
import { buildEditedDoc } from './lib/edits'
import { appendResults, machine, table, type Row } from './lib/report'
import { startDependenciesOnly, startOurs, startStock, type BenchServer, type ServerKind } from './lib/servers'
import { startCluster } from './lib/cluster'
import { ensureServices, stopServices, type BenchServices } from './lib/services'
import { onInterrupt } from './lib/shutdown'
import { fanoutRows } from './fanout-rows'
import { runRollupPostgres, runRollupSqlite, type RollupResult } from './rollup'
import { runSaturation, P99_LIMIT_MS, type SaturationPlan, type SaturationResult } from './saturation'
import { idleRss, ingest, INGEST_ENV, ingestTarget, type IdleRss, type IngestResult } from './ingest'
import { runScaling } from './scaling'

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(`--${name}`)
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)

const quick = flag('quick')
/** "ours ×2 (Postgres + Redis)" in the fan-out section: in full runs unless --no-cluster, in quick runs with --cluster */
const clusterAsked = flag('cluster')
const cluster = clusterAsked || (!quick && !flag('no-cluster'))
const PLAN = quick
  ? {
      reps: 1,
      fanout: [
        { name: '2 rooms × 5 clients (light)', rooms: 2, clientsPerRoom: 5, edits: 6, perSecond: 3, clusterP99: true },
        { name: '4 rooms × 5 clients', rooms: 4, clientsPerRoom: 5, edits: 10, perSecond: 10, p99Target: 1.25 },
        { name: '1 room × 20 clients', rooms: 1, clientsPerRoom: 20, edits: 10, perSecond: 5, p99Target: 1.25 },
      ],
      coldEdits: 2_000,
      saturation: { rooms: 2, clientsPerRoom: 5, perClientRates: [4, 8], seconds: 2 } satisfies SaturationPlan,
      memoryDocs: 100,
      snapshotRuns: 3,
      clientRuns: 1,
      rollupSchools: 100,
    }
  : {
      reps: 3,
      fanout: FULL_FANOUT,
      coldEdits: 20_000,
      saturation: { rooms: 10, clientsPerRoom: 10, perClientRates: [1, 2, 4, 8, 16, 32], seconds: 4 } satisfies SaturationPlan,
      memoryDocs: 1_000,
      snapshotRuns: 9,
      clientRuns: 3,
      rollupSchools: 500,
    }
const reps = Number(option('reps') ?? PLAN.reps)
/** --scaling: the scaling tables alone (other sections only when named with --only) */
const scaling = flag('scaling')
const only = new Set((option('only') ?? (scaling ? '' : 'fanout,saturation,ingest,cold,idle,memory,snapshot,client,rollup')).split(','))
const dist = option('dist') ?? '.tmp/bench'
const profileDir = join(dist, 'profiles')
const save = quick ? flag('save') : !flag('no-save')

process.setMaxListeners(0) // every provider registers a process 'exit' listener
const log = (line: string) => process.stderr.write(`${line}\n`)
const rows: Row[] = []
const notes: string[] = []
const profiles: string[] = []
const started = new Date()

async function start(kind: ServerKind, env?: Record<string, string>): Promise<BenchServer> {
  if (kind === 'ours') return startOurs({ dist, ...(env && { env }) })
  if (kind === 'stock') return startStock()
  return startCluster({ dist, services: await ensureServices(log) })
}

/** Runs `fn` for each kind `reps` times, rotating which goes first. */
async function paired<T>(
  label: string,
  fn: (kind: ServerKind) => Promise<T>,
  describe: (r: T) => string,
  kinds: readonly ServerKind[] = ['ours', 'stock'],
): Promise<Record<ServerKind, T[]>> {
  const out: Record<ServerKind, T[]> = { ours: [], stock: [], cluster: [] }
  for (let rep = 0; rep < reps; rep++) {
    for (const kind of [...kinds.slice(rep % kinds.length), ...kinds.slice(0, rep % kinds.length)]) {
      const result = await fn(kind)
      out[kind].push(result)
      log(`[${label}] ${kind} run ${rep + 1}/${reps}: ${describe(result)}`)
    }
  }
  return out
}

async function withServer<T>(kind: ServerKind, fn: (s: BenchServer) => Promise<T>, env?: Record<string, string>): Promise<T> {
  const server = await start(kind, env)
  const forget = onInterrupt(() => server.stop(), log)
  try {
    return await fn(server)
  } finally {
    forget()
    await server.stop()
  }
}

/** PostgreSQL + Redis for ours ×2, or undefined when the cluster is off (or, unasked, cannot start). */
async function clusterServices(): Promise<BenchServices | undefined> {
  if (!cluster) return undefined
  try {
    return await ensureServices(log)
  } catch (e) {
    // asked for explicitly: fail; by default: a machine without PostgreSQL/Redis still gets the rest
    if (clusterAsked) throw e
    notes.push(`ours ×2 (Postgres + Redis) skipped: ${e instanceof Error ? e.message : String(e)}`)
    return undefined
  }
}

async function fanout(): Promise<void> {
  const kinds: ServerKind[] = (await clusterServices()) ? ['ours', 'stock', 'cluster'] : ['ours', 'stock']
  try {
    for (const cfg of PLAN.fanout) {
      const r = await paired(
        cfg.name,
        (kind) => withServer(kind, (s) => runFanout(s, cfg)),
        (x) =>
          `received ${x.received}/${x.expected}, p50 ${x.p50.toFixed(1)} ms, p99 ${x.p99.toFixed(1)} ms, CPU ${x.serverCpu.toFixed(2)} s${servicesCpuText(x)}, generator ${x.generatorLoad.toFixed(2)} cores, drops ${x.drops}`,
        kinds,
      )
      rows.push(...fanoutRows(cfg, r))
      if ([...r.ours, ...r.stock, ...r.cluster].some((x) => x.drops > 0)) notes.push(`fan-out ${cfg.name}: some clients were disconnected during the run (see the log)`)
    }
  } finally {
    await stopServices()
  }
  if (kinds.includes('cluster'))
    notes.push(
      'ours ×2: two instances of the same build on one PostgreSQL + Redis (private temporary servers as in the cluster tests: fsync off, no Redis persistence), workspaces created through instance A, clients of every room alternating between A and B, so half of each room\'s deliveries cross Redis; server CPU and RSS are both instances summed, PostgreSQL (postmaster + backends) and Redis CPU are measured over the same window',
    )
}

async function saturation(): Promise<void> {
  const plan = PLAN.saturation
  const r = await paired<SaturationResult>('saturation', (kind) => runSaturation(() => start(kind), plan, log), (x) => `${x.sustainedRate} edits/s sustained`)
  rows.push({
    section: `saturation, ${plan.rooms} rooms × ${plan.clientsPerRoom} clients, offered rate doubling from ${plan.rooms * plan.clientsPerRoom * plan.perClientRates[0]!} edits/s`,
    metric: `highest offered rate sustained (p99 < ${P99_LIMIT_MS} ms, nothing lost, no backlog)`,
    unit: 'edits/s',
    digits: 0,
    ours: r.ours.map((x) => x.sustainedRate),
    stock: r.stock.map((x) => x.sustainedRate),
    target: { kind: 'min-ratio', min: 1 },
  })
}

async function cold(): Promise<void> {
  const edited = buildEditedDoc(PLAN.coldEdits)
  log(`[cold load] document of ${PLAN.coldEdits} edits: ${edited.stateBytes} bytes merged; storing it in ours once…`)
  const stored = await storeOnce(dist, edited)
  try {
    const r = await paired<OursCold | LoadResult>(
      'cold load',
      (kind) => (kind === 'ours' ? oursColdLoad(dist, stored, edited) : stockWarmLoad(edited)),
      (x) => ('cold' in x ? `cold ${x.cold.ms.toFixed(0)} ms, then warm ${x.warm.ms.toFixed(0)} ms` : `warm ${x.ms.toFixed(0)} ms`),
    )
    const ours = r.ours.filter((x): x is OursCold => 'cold' in x)
    const stock = r.stock.filter((x): x is LoadResult => !('cold' in x))
    const section = `load of a ${PLAN.coldEdits.toLocaleString('en')}-edit document (${Math.round(edited.stateBytes / 1000)} KB)`
    rows.push(
      { section, metric: 'ours cold from SQLite after restart vs stock warm in memory', unit: 'ms', ours: ours.map((x) => x.cold.ms), stock: stock.map((x) => x.ms), target: { kind: 'ratio', max: 1.5 } },
      { section, metric: 'ours warm (document loaded) vs stock warm', unit: 'ms', ours: ours.map((x) => x.warm.ms), stock: stock.map((x) => x.ms) },
      { section, metric: 'bytes received by the client', unit: 'KB', ours: ours.map((x) => x.cold.bytes / 1000), stock: stock.map((x) => x.bytes / 1000) },
    )
    notes.push('cold load: our copy was stored once through a server with raised rate limits (RATE_BURST/RATE_PER_SECOND=1000000: 20,000 updates from one socket exceed the default 150/s); every timed run uses a fresh process with default limits on a copy of that data')
  } finally {
    stored.dispose()
  }
}

async function ingestSection(): Promise<void> {
  const edited = buildEditedDoc(PLAN.coldEdits)
  const launch = (kind: ServerKind) => (kind === 'ours' ? startOurs({ dist, env: INGEST_ENV }) : startStock())
  const r = await paired<IngestResult>(
    'ingest',
    async (kind) => {
      const server = await launch(kind)
      const forget = onInterrupt(() => server.stop(), log)
      try {
        return await ingest(server, await ingestTarget(server), edited)
      } finally {
        forget()
        await server.stop()
      }
    },
    (x) => `${x.seconds.toFixed(1)} s, server CPU ${x.serverCpu.toFixed(2)} s`,
  )
  const section = `ingest of ${PLAN.coldEdits.toLocaleString('en')} single-edit updates into one document, one socket`
  rows.push(
    { section, metric: 'first send → all relayed', unit: 's', digits: 2, ours: r.ours.map((x) => x.seconds), stock: r.stock.map((x) => x.seconds) },
    { section, metric: 'server CPU per 1,000 updates (ours: stored; stock: applied)', unit: 's', digits: 4, ours: r.ours.map((x) => x.cpuPer1000), stock: r.stock.map((x) => x.cpuPer1000), target: { kind: 'ratio', max: 1.5 } },
    { section, metric: 'server RSS peak', unit: 'MB', ours: r.ours.map((x) => x.rssPeak / 1e6), stock: r.stock.map((x) => x.rssPeak / 1e6) },
  )
  notes.push('ingest: ours with RATE_BURST/RATE_PER_SECOND=1000000 (one socket sending 20,000 updates at once exceeds the default 150/s), a fresh process and data folder per run')
}

async function idle(): Promise<void> {
  const r = await paired<IdleRss>('idle', (kind) => withServer(kind, (s) => idleRss(s)), (x) => `${(x.justStarted / 1e6).toFixed(1)} MB, settled ${(x.settled / 1e6).toFixed(1)} MB`)
  const floor: IdleRss[] = []
  for (let rep = 0; rep < reps; rep++) {
    const deps = await startDependenciesOnly(dist)
    const forget = onInterrupt(() => deps.stop(), log)
    try {
      floor.push(await idleRss(deps))
    } finally {
      forget()
      await deps.stop()
    }
    log(`[idle] dependencies only, run ${rep + 1}/${reps}: ${(floor.at(-1)!.justStarted / 1e6).toFixed(1)} MB, settled ${(floor.at(-1)!.settled / 1e6).toFixed(1)} MB`)
  }
  const mb = (x: IdleRss, k: keyof IdleRss) => x[k] / 1e6
  const dependencies = "our server's dependencies alone, in the 'ours' column (its imports loaded, SQLite opened, listening; no code of ours)"
  rows.push(
    { section: 'idle server (just started, nothing served)', metric: 'RSS 3 s after the start', unit: 'MB', ours: r.ours.map((x) => mb(x, 'justStarted')), stock: r.stock.map((x) => mb(x, 'justStarted')), target: { kind: 'ratio', max: 1.2 } },
    { section: 'idle server (just started, nothing served)', metric: 'RSS 12 s after the start (start-up garbage returned)', unit: 'MB', ours: r.ours.map((x) => mb(x, 'settled')), stock: r.stock.map((x) => mb(x, 'settled')) },
    { section: 'idle server (just started, nothing served)', metric: `RSS 3 s after the start: ${dependencies}`, unit: 'MB', ours: floor.map((x) => mb(x, 'justStarted')), stock: r.stock.map((x) => mb(x, 'justStarted')) },
    { section: 'idle server (just started, nothing served)', metric: `RSS 12 s after the start: ${dependencies}`, unit: 'MB', ours: floor.map((x) => mb(x, 'settled')), stock: r.stock.map((x) => mb(x, 'settled')) },
  )
}

async function memory(): Promise<void> {
  // one facilitator opens every document, past the default cap of 40 open sockets per member
  const env = { MAX_SOCKETS_PER_MEMBER: String(PLAN.memoryDocs + 100) }
  const r = await paired<MemoryResult>('memory', (kind) => withServer(kind, (s) => runMemory(s, PLAN.memoryDocs), env), (x) =>
    `${(x.perDoc / 1024).toFixed(1)} KiB per document (${(x.rssBefore / 1e6).toFixed(0)} → ${(x.rssAfter / 1e6).toFixed(0)} MB)`,
  )
  rows.push({
    section: `memory, ${PLAN.memoryDocs} idle small documents held open`,
    metric: 'RSS growth per document (incl. its one connection)',
    unit: 'KiB',
    ours: r.ours.map((x) => x.perDoc / 1024),
    stock: r.stock.map((x) => x.perDoc / 1024),
    target: { kind: 'max', max: 50 },
  })
  notes.push(`memory: ours with MAX_SOCKETS_PER_MEMBER=${env.MAX_SOCKETS_PER_MEMBER} (one facilitator holds every document open; the default cap is 40)`)
}

async function snapshot(): Promise<void> {
  const results: SnapshotResult[] = []
  for (let rep = 0; rep < reps; rep++) {
    const x = await runSnapshot(PLAN.snapshotRuns)
    results.push(x)
    log(`[snapshot] run ${rep + 1}/${reps}: snapshot ${x.snapshotMs.toFixed(1)} ms, docx ${x.docxMs.toFixed(0)} ms, pdf ${x.pdfMs.toFixed(0)} ms`)
  }
  const section = `snapshot & export, large fixture (median of ${PLAN.snapshotRuns} per run)`
  const of = (f: (x: SnapshotResult) => number) => results.map(f)
  const ordinary = 'export, ordinary plan (3 priorities, 48 actions; median of 3 per run)'
  rows.push(
    { section, metric: 'rubric aggregation, 40 members × 37 picks', unit: 'ms', digits: 2, ours: of((x) => x.aggregateMs) },
    { section, metric: 'snapshotPlan (warm)', unit: 'ms', digits: 2, ours: of((x) => x.snapshotMs), target: { kind: 'max', max: 50 } },
    { section, metric: 'snapshotPlan, first call in the process', unit: 'ms', digits: 2, ours: of((x) => x.snapshotFirstMs) },
    { section, metric: 'exportDocx (warm)', unit: 'ms', ours: of((x) => x.docxMs), target: { kind: 'max', max: 500 } },
    { section, metric: 'exportDocx, first call in the process', unit: 'ms', ours: of((x) => x.docxFirstMs) },
    { section, metric: 'DOCX size', unit: 'KB', ours: of((x) => x.docxBytes / 1000) },
    { section, metric: 'exportPdf (warm)', unit: 'ms', ours: of((x) => x.pdfMs), target: { kind: 'max', max: 1000 } },
    { section, metric: 'exportPdf, first call in the process', unit: 'ms', ours: of((x) => x.pdfFirstMs) },
    { section, metric: 'PDF size', unit: 'KB', ours: of((x) => x.pdfBytes / 1000) },
    { section, metric: 'longest event-loop stall during exportPdf, laid out on the event loop', unit: 'ms', ours: of((x) => x.pdfStallInlineMs) },
    { section, metric: 'longest event-loop stall during exportPdf, through the export worker (the server)', unit: 'ms', ours: of((x) => x.pdfStallWorkerMs) },
    { section: ordinary, metric: 'exportDocx (warm)', unit: 'ms', ours: of((x) => x.typicalDocxMs) },
    { section: ordinary, metric: 'exportPdf (warm)', unit: 'ms', ours: of((x) => x.typicalPdfMs) },
    { section: ordinary, metric: 'PDF pages', unit: 'pages', digits: 0, ours: of((x) => x.typicalPdfPages) },
  )
}

async function client(): Promise<void> {
  const r = await runClient(dist, PLAN.clientRuns * reps)
  log(`[client] ${r.jsFiles.length} JS files, ${(r.jsGzip / 1000).toFixed(0)} KB gzip; interactive ${r.interactiveMs.map((m) => m.toFixed(0)).join(', ')} ms`)
  rows.push(
    { section: 'client (workspace page, whiteboard view)', metric: 'JavaScript loaded, gzip', unit: 'KB', ours: [r.jsGzip / 1000], target: { kind: 'max', max: 700 } },
    { section: 'client (workspace page, whiteboard view)', metric: 'JavaScript loaded, uncompressed', unit: 'KB', ours: [r.jsBytes / 1000] },
    { section: 'client (workspace page, whiteboard view)', metric: 'navigation → whiteboard editor mounted (headless Chromium)', unit: 'ms', digits: 0, ours: r.interactiveMs },
  )
  notes.push(`client JS files: ${r.jsFiles.map((f) => `${f.path.replace('/assets/', '')} ${(f.gzip / 1000).toFixed(0)} KB`).join(', ')}`)
}

async function rollup(): Promise<void> {
  const n = PLAN.rollupSchools
  const services = await ensureServices(log).catch((e: unknown) => {
    notes.push(`roll-up on PostgreSQL skipped: ${e instanceof Error ? e.message : String(e)}`)
    return undefined
  })
  const results: RollupResult[] = []
  try {
    for (let rep = 0; rep < reps; rep++) {
      const runs = [await runRollupSqlite(n), ...(services ? [await runRollupPostgres(services.databaseUrl, n, rep)] : [])]
      for (const x of runs) log(`[rollup] ${x.backend} run ${rep + 1}/${reps}: seed ${x.seedMs.toFixed(0)} ms, first ${x.coldMs.toFixed(0)} ms, again ${x.warmMs.toFixed(0)} ms, portfolio ${x.portfolioMs.toFixed(0)} ms, library ${x.libraryMs.toFixed(0)} ms (${x.strategies} strategies)`)
      results.push(...runs)
    }
  } finally {
    await stopServices()
  }
  const section = `organisation roll-ups, ${n} workspaces (heatmap + root causes + strategies)`
  for (const backend of ['SQLite', 'PostgreSQL'] as const) {
    const of = (f: (x: RollupResult) => number) => results.filter((x) => x.backend === backend).map(f)
    if (of((x) => x.coldMs).length === 0) continue
    rows.push(
      { section, metric: `${backend}: first roll-up (every board read and decoded)`, unit: 'ms', digits: 0, ours: of((x) => x.coldMs) },
      { section, metric: `${backend}: roll-up again, boards unchanged (cached)`, unit: 'ms', digits: 0, ours: of((x) => x.warmMs) },
      { section, metric: `${backend}: portfolio list, first (phases, snapshots, activity)`, unit: 'ms', digits: 0, ours: of((x) => x.portfolioMs) },
      { section, metric: `${backend}: strategy library (${n / 2} final plans)`, unit: 'ms', digits: 0, ours: of((x) => x.libraryMs) },
    )
  }
  notes.push(`roll-ups: in the bench process through the server's code (server/orgs), on SQLite in a temp folder and on a fresh database of the private PostgreSQL; each board has 37 team levels with evidence, 8 coded root causes, 2 priorities × 3 strategies; every second school has a snapshot`)
}

async function profile(): Promise<void> {
  // by default the light configuration: latency and CPU there compare the servers, not the
  // saturated machine; --profile-fanout=N profiles the fan-out workload N (0-based) instead
  const index = Number(option('profile-fanout') ?? 0)
  const fanoutCfg = PLAN.fanout[index]
  if (!fanoutCfg) throw new Error(`--profile-fanout=${index}: there are ${PLAN.fanout.length} fan-out workloads (0 to ${PLAN.fanout.length - 1})`)
  try {
    const services = await clusterServices()
    profiles.push(...(await profileRuns({ dist, dir: profileDir, fanout: fanoutCfg, coldEdits: PLAN.coldEdits, log, ...(services && { services }) })))
  } finally {
    await stopServices()
  }
  notes.push(`CPU profiles are in ${profileDir} (open them in Chrome DevTools)`)
}

const sections: [string, () => Promise<void>][] = [
  ['fanout', fanout],
  ['saturation', saturation],
  ['ingest', ingestSection],
  ['cold', cold],
  ['idle', idle],
  ['memory', memory],
  ['snapshot', snapshot],
  ['client', client],
  ['rollup', rollup],
]
for (const [name, run] of sections) {
  if (!only.has(name)) continue
  const t = performance.now()
  try {
    await run()
  } catch (e) {
    notes.push(`${name} failed: ${e instanceof Error ? e.message : String(e)}`)
    log(`[${name}] FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
  }
  log(`[${name}] ${((performance.now() - t) / 1000).toFixed(0)} s`)
}
if (flag('profile'))
  await profile().catch((e: unknown) => {
    notes.push(`profile failed: ${e instanceof Error ? e.message : String(e)}`)
    log(`[profile] FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
  })

if (scaling) {
  const t = performance.now()
  const plan = quick ? { rooms: [1, 5], crowds: [10, 20], docEdits: [1_000, 5_000], reps: 1 } : { rooms: [1, 10, 50, 100], crowds: [10, 50, 100, 200], docEdits: [1_000, 10_000, 100_000], reps: Number(option('reps') ?? 1) }
  try {
    profiles.push(`### Scaling (one fresh server per cell, ${plan.reps} run${plan.reps > 1 ? 's' : ''} per cell; medians)\n\n${await runScaling(plan, dist, log)}`)
  } catch (e) {
    notes.push(`scaling failed: ${e instanceof Error ? e.message : String(e)}`)
    log(`[scaling] FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
  }
  log(`[scaling] ${((performance.now() - t) / 1000).toFixed(0)} s`)
}

const seconds = (Date.now() - started.getTime()) / 1000
const command = process.env.BENCH_COMMAND ?? `node --import tsx bench/run.ts ${args.join(' ')}`.trim()
if (quick) notes.unshift('quick smoke run: smaller workloads, one repetition — not comparable with full runs')
if (reps < 3) notes.unshift(`${reps} repetition(s) only`)
const out = table(rows)
console.log(`\n${machine()}\n${notes.map((n) => `- ${n}`).join('\n')}\n\n${out}\n`)
for (const p of profiles) console.log(`${p}\n`)
if (save) {
  appendResults(join('bench', 'RESULTS.md'), { command, started, seconds, machine: machine(), table: [out, ...profiles].join('\n\n'), notes })
  log('appended to bench/RESULTS.md')
}
log(`total ${seconds.toFixed(0)} s`)
process.exit(0)
