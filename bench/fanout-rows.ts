/**
 * Fan-out results → table rows: ours and stock, and the two-instance cluster when it ran (its CPU
 * and RSS are both instances summed; PostgreSQL's and Redis's CPU get rows of their own).
 */
import { allCpu, type FanoutConfig, type FanoutResult } from './fanout'
import type { Row } from './lib/report'

export interface FanoutRuns {
  readonly ours: readonly FanoutResult[]
  readonly stock: readonly FanoutResult[]
  /** empty when the cluster configuration did not run */
  readonly cluster: readonly FanoutResult[]
}

const per1000 = (seconds: number, x: FanoutResult) => (seconds / Math.max(1, x.received)) * 1000
const serviceCpu = (x: FanoutResult, name: string) => x.servicesCpu[name] ?? Number.NaN

export function fanoutRows(cfg: FanoutConfig, r: FanoutRuns): Row[] {
  const section = `fan-out ${cfg.name} × ${cfg.edits} edits @ ${cfg.perSecond}/s`
  const withCluster = r.cluster.length > 0
  const of = (f: (x: FanoutResult) => number) => ({
    ours: r.ours.map(f),
    stock: r.stock.map(f),
    ...(withCluster && { cluster: r.cluster.map(f) }),
  })
  const sendWindow = cfg.edits / cfg.perSecond
  const every = [...r.ours, ...r.stock, ...r.cluster]
  const backlogged = every.filter((x) => x.seconds > sendWindow + 1).length
  const caveat = backlogged
    ? `${backlogged} of ${every.length} runs backlogged: last delivery well after the ${sendWindow} s send window, so latency is mostly queueing in the saturated generator/machine`
    : undefined
  const rows: Row[] = [
    { section, metric: 'deliveries expected', unit: 'count', digits: 0, ...of((x) => x.expected) },
    { section, metric: 'deliveries received', unit: 'count', digits: 0, ...of((x) => Math.min(x.received, x.expected)) },
    { section, metric: 'lost deliveries', unit: 'count', digits: 0, ...of((x) => Math.max(0, x.expected - x.received)), target: { kind: 'max', max: 0 } },
    { section, metric: 'latency p50', unit: 'ms', ...of((x) => x.p50) },
    { section, metric: 'latency p95', unit: 'ms', ...of((x) => x.p95) },
    {
      section,
      metric: 'latency p99',
      unit: 'ms',
      ...of((x) => x.p99),
      target: { kind: 'ratio', max: cfg.p99Target ?? 1.0 },
      ...(cfg.clusterP99 && { clusterTarget: { max: 2 } }),
      ...(caveat && { caveat }),
    },
    { section, metric: 'latency max', unit: 'ms', ...of((x) => x.max), target: { kind: 'ratio', max: cfg.p99Target ?? 1.0 } },
    { section, metric: `first send → last delivery (send window ${sendWindow} s)`, unit: 's', ...of((x) => x.seconds) },
    { section, metric: 'throughput', unit: 'deliveries/s', digits: 0, ...of((x) => x.throughput) },
    { section, metric: `server CPU per 1,000 deliveries${withCluster ? ' (×2: both instances)' : ''}`, unit: 's', digits: 4, ...of((x) => x.cpuPer1000), target: { kind: 'ratio', max: 1.1 } },
    { section, metric: 'server CPU total', unit: 's', digits: 2, ...of((x) => x.serverCpu) },
    { section, metric: `server RSS peak${withCluster ? ' (×2: both instances)' : ''}`, unit: 'MB', ...of((x) => x.rssPeak / 1e6) },
    { section, metric: 'generator CPU (1.0 = one core busy)', unit: 'cores', digits: 2, ...of((x) => x.generatorLoad) },
    { section, metric: 'generator CPU per 1,000 deliveries', unit: 's', digits: 4, ...of((x) => per1000(x.generatorCpu, x)) },
  ]
  if (!withCluster) return rows
  const names = [...new Set(r.cluster.flatMap((x) => Object.keys(x.servicesCpu)))]
  return [
    ...rows,
    ...names.map((name): Row => ({ section, metric: `${name} CPU per 1,000 deliveries (×2 only)`, unit: 's', digits: 4, ours: [], cluster: r.cluster.map((x) => per1000(serviceCpu(x, name), x)) })),
    {
      section,
      metric: `CPU per 1,000 deliveries, everything (servers${names.map((n) => ` + ${n}`).join('')})`,
      unit: 's',
      digits: 4,
      ...of((x) => per1000(allCpu(x), x)),
      clusterTarget: { max: 2 },
    },
  ]
}
