/**
 * One fan-out workload for several builds, alternating with the stock server run by run: what
 * each part of the write path costs (issue 20's ablation in bench/RESULTS.md).
 *
 *   node scripts/ablation-builds.mjs .tmp/ablation       # experiment builds, one part removed each
 *   node --import tsx bench/variants.ts --reps=4 --workload=light .tmp/ablation/as-built .tmp/ablation/no-append
 *
 * Arguments: build folders (scripts/build-to.sh), `cluster:<folder>` for two instances of a build on
 * PostgreSQL + Redis; `--workload=light|20x10`, `--reps=N`, `--warm-up=N` (updates before the window).
 * CPU is everything included (server processes, and PostgreSQL and Redis for a cluster). Nothing is saved.
 */
import { allCpu, FULL_FANOUT, runFanout, WARM_UP_UPDATES, type FanoutConfig } from './fanout'
import { startOurs, startStock, type BenchServer } from './lib/servers'
import { startCluster } from './lib/cluster'
import { ensureServices, stopServices, type BenchServices } from './lib/services'
import { onInterrupt } from './lib/shutdown'
import { median } from './lib/stats'

const args = process.argv.slice(2)
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const builds = args.filter((a) => !a.startsWith('--'))
const reps = Number(option('reps') ?? 4)
const warmUpUpdates = Number(option('warm-up') ?? WARM_UP_UPDATES)
/** the full run's workloads, by the names this tool takes */
const WORKLOADS: Record<string, FanoutConfig | undefined> = { light: FULL_FANOUT[0], '20x10': FULL_FANOUT[1] }
const chosen = WORKLOADS[option('workload') ?? 'light']
const workload = chosen && { ...chosen, warmUpUpdates }
if (!workload || builds.length === 0 || !(reps > 0)) {
  process.stderr.write(`usage: bench/variants.ts [--workload=${Object.keys(WORKLOADS).join('|')}] [--reps=N] [--warm-up=N] <build|cluster:build>…\n`)
  process.exit(2)
}
const log = (line: string) => process.stderr.write(`${line}\n`)
const services: BenchServices | undefined = builds.some((b) => b.startsWith('cluster:')) ? await ensureServices(log) : undefined

const start = (variant: string): Promise<BenchServer> => {
  if (variant === 'stock') return startStock()
  if (variant.startsWith('cluster:')) return startCluster({ dist: variant.slice('cluster:'.length), services: services! })
  return startOurs({ dist: variant })
}

const variants = ['stock', ...builds]
const runs = new Map<string, { cpu: number[]; p99: number[] }>(variants.map((v) => [v, { cpu: [], p99: [] }]))
try {
  for (let rep = 0; rep < reps; rep++) {
    // alternate the order, so no variant always runs first or last
    for (const variant of rep % 2 ? [...variants].reverse() : variants) {
      const server = await start(variant)
      const forget = onInterrupt(() => server.stop(), log)
      try {
        const r = await runFanout(server, workload)
        const cpu = (allCpu(r) * 1000) / r.received
        runs.get(variant)!.cpu.push(cpu)
        runs.get(variant)!.p99.push(r.p99)
        log(`[${rep + 1}/${reps}] ${variant}: CPU ${cpu.toFixed(4)} s per 1,000 deliveries, p99 ${r.p99.toFixed(1)} ms, received ${r.received}/${r.expected}`)
      } finally {
        forget()
        await server.stop()
      }
    }
  }
} finally {
  if (services) await stopServices()
}

const stock = median(runs.get('stock')!.cpu)
console.log(`${workload.name}, ${reps} runs each, ${warmUpUpdates} warm-up updates; CPU per 1,000 deliveries, everything included (median, ratio to stock's median, every run):`)
for (const [variant, { cpu, p99 }] of runs) {
  console.log(`${variant}: ${median(cpu).toFixed(4)} s, ${(median(cpu) / stock).toFixed(2)}× (${cpu.map((c) => c.toFixed(4)).join(', ')}); p99 ${median(p99).toFixed(1)} ms`)
}
process.exit(0)
