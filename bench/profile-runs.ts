/**
 * `--profile`: CPU profiles (node --cpu-prof) of both servers (and of ours ×2 when the cluster runs)
 * under fan-out and of our cold load, each cut to the measured window, and of the snapshot/DOCX
 * export in this process (inspector).
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector'
import { join } from 'node:path'
import { oursColdLoad, storeOnce } from './cold-load'
import { ingest, INGEST_ENV, ingestTarget } from './ingest'
import { runFanout, servicesCpuText, type FanoutConfig } from './fanout'
import { runSnapshot } from './snapshot'
import { buildEditedDoc } from './lib/edits'
import { formatProfile, monotonicMicros, summariseProfile } from './lib/profile'
import { formatPerf, perfUsable, recordPerf, summarisePerf, type PerfRecording } from './lib/perf'
import type { BenchServer } from './lib/servers'
import { startOurs, startStock } from './lib/servers'
import { startCluster } from './lib/cluster'
import type { BenchServices } from './lib/services'

export interface ProfileOptions {
  readonly dist: string
  readonly dir: string
  readonly fanout: FanoutConfig
  readonly coldEdits: number
  readonly log: (line: string) => void
  /** also profile ours ×2 on these PostgreSQL + Redis (both instances) */
  readonly services?: BenchServices
}

function newest(dir: string, count = 1): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))
  return files.map((f) => join(dir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs).slice(0, count)
}

/** Profiles `fn` in this process with the inspector (same format as --cpu-prof). */
async function profileInProcess(file: string, fn: () => Promise<unknown>): Promise<void> {
  const session = new Session()
  session.connect()
  const post = (method: string) => new Promise<unknown>((ok, fail) => session.post(method, (e, result) => (e ? fail(e) : ok(result))))
  await post('Profiler.enable')
  await post('Profiler.start')
  await fn()
  const result = await post('Profiler.stop')
  session.disconnect()
  writeFileSync(file, JSON.stringify((result as { profile: unknown }).profile))
}

/** The fan-out again for each server, recorded by perf (CPU time, every thread, kernel included) over the window only. */
async function perfRuns(o: ProfileOptions): Promise<string[]> {
  const out: string[] = []
  const record = async (server: BenchServer, title: (serverCpu: string, i: number) => string) => {
    let recordings: PerfRecording[] = []
    const files = server.pids.map((pid) => join(o.dir, `perf-${server.kind}-${pid}.data`))
    const r = await runFanout(server, o.fanout, {
      opened: () => void (recordings = server.pids.map((pid, i) => recordPerf(pid, files[i]!))),
      closing: async () => void (await Promise.all(recordings.map((rec) => rec.stop()))),
    }).finally(() => server.stop())
    const services = servicesCpuText(r)
    server.pids.forEach((pid, i) => {
      const summary = summarisePerf(files[i]!, pid)
      out.push(formatPerf(title(`${r.serverCpu.toFixed(2)} s CPU by /proc${services}`, i), summary))
    })
    o.log(`[profile] perf ${server.kind} fan-out ${o.fanout.name}: ${files.join(', ')}`)
  }
  await record(await startOurs({ dist: o.dist, perfMap: true }), (cpu) => `ours server, fan-out ${o.fanout.name}, perf cpu-clock over the measured window (${cpu})`)
  await record(await startStock({ perfMap: true }), (cpu) => `stock server, fan-out ${o.fanout.name}, perf cpu-clock over the measured window (${cpu})`)
  if (o.services) {
    const server = await startCluster({ dist: o.dist, services: o.services, perfMap: true })
    await record(server, (cpu, i) => `ours ×2, instance ${i + 1} of 2, fan-out ${o.fanout.name}, perf cpu-clock (both instances ${cpu})`)
  }
  return out
}

/** Returns one formatted summary per profile. */
export async function profileRuns(o: ProfileOptions): Promise<string[]> {
  rmSync(o.dir, { recursive: true, force: true })
  mkdirSync(o.dir, { recursive: true })
  const out: string[] = []
  for (const kind of ['ours', 'stock'] as const) {
    const server = kind === 'ours' ? await startOurs({ dist: o.dist, cpuProfDir: o.dir }) : await startStock({ cpuProfDir: o.dir })
    const r = await runFanout(server, o.fanout).finally(() => server.stop())
    const [file] = newest(o.dir)
    o.log(`[profile] ${kind} fan-out ${o.fanout.name}: ${file ?? 'no profile written'}`)
    if (file) out.push(formatProfile(`${kind} server, fan-out ${o.fanout.name}, measured window only (${r.serverCpu.toFixed(2)} s CPU by /proc)`, summariseProfile(file, 15, r.windowMicros)))
  }
  if (o.services) {
    const server = await startCluster({ dist: o.dist, services: o.services, cpuProfDir: o.dir })
    const r = await runFanout(server, o.fanout).finally(() => server.stop())
    const files = newest(o.dir, 2)
    o.log(`[profile] ours ×2 fan-out ${o.fanout.name}: ${files.join(', ') || 'no profile written'}`)
    const services = servicesCpuText(r)
    for (const [i, file] of files.entries())
      out.push(formatProfile(`ours ×2, instance ${i + 1} of 2, fan-out ${o.fanout.name}, measured window only (both instances ${r.serverCpu.toFixed(2)} s CPU by /proc${services})`, summariseProfile(file, 15, r.windowMicros)))
  }
  if (perfUsable()) out.push(...(await perfRuns(o)))
  else o.log('[profile] perf is not installed or not permitted here: no CPU-clock profiles (see bench/lib/perf.ts)')
  const edited = buildEditedDoc(o.coldEdits)
  for (const kind of ['ours', 'stock'] as const) {
    const server = kind === 'ours' ? await startOurs({ dist: o.dist, cpuProfDir: o.dir, env: INGEST_ENV }) : await startStock({ cpuProfDir: o.dir })
    const t0 = monotonicMicros()
    const r = await ingestTarget(server)
      .then((spec) => ingest(server, spec, edited))
      .finally(() => server.stop())
    const [file] = newest(o.dir)
    if (file) out.push(formatProfile(`${kind} server, ingest of ${o.coldEdits} updates through one socket (${r.serverCpu.toFixed(2)} s CPU by /proc)`, summariseProfile(file, 15, [t0, monotonicMicros()])))
  }
  const stored = await storeOnce(o.dist, edited)
  try {
    const r = await oursColdLoad(o.dist, stored, edited, o.dir)
    const [file] = newest(o.dir)
    if (file) out.push(formatProfile(`our server, cold load (${r.cold.ms.toFixed(0)} ms), connect → full state only`, summariseProfile(file, 15, r.coldWindowMicros)))
  } finally {
    stored.dispose()
  }
  const docx = join(o.dir, 'docx.cpuprofile')
  await profileInProcess(docx, () => runSnapshot(3))
  out.push(formatProfile('exportDocx and snapshotPlan in the bench process', summariseProfile(docx, 15)))
  return out
}
