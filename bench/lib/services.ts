/**
 * The cluster configuration's PostgreSQL and Redis: the private, temporary servers the cluster tests
 * use (server/cluster/dev-services.ts), started once per bench run and stopped at the end, on
 * failure (the caller's finally) and on SIGINT/SIGTERM. Their processes are found in /proc so their CPU can be reported.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { startDevServices, type DevServices } from '../../server/cluster/dev-services'
import { CLOCK_TICKS } from './proc'
import { onInterrupt } from './shutdown'

/** A process tree measured from outside: CPU seconds of its live processes + reaped children. */
export interface ServiceProbe {
  readonly name: string
  cpuSeconds(): number
}

export interface BenchServices extends DevServices {
  readonly probes: readonly ServiceProbe[]
}

interface Stat {
  readonly pid: number
  readonly comm: string
  readonly ppid: number
  /** utime + stime, clock ticks */
  readonly own: number
  /** cutime + cstime (children that exited and were waited for), clock ticks */
  readonly reaped: number
}

function stat(pid: number): Stat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const open = text.indexOf('(')
    const close = text.lastIndexOf(')')
    const f = text.slice(close + 2).split(' ')
    return { pid, comm: text.slice(open + 1, close), ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), reaped: Number(f[13]) + Number(f[14]) }
  } catch {
    return undefined // exited between listing and reading
  }
}

function allStats(): Stat[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => stat(Number(d)))
    .filter((s): s is Stat => s !== undefined)
}

const cmdline = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
  } catch {
    return ''
  }
}

/** Our child named `comm` whose command line mentions `port`, with every descendant. */
function probe(name: string, comm: string, port: string): ServiceProbe {
  const tree = (): { root: Stat | undefined; members: Stat[] } => {
    const stats = allStats()
    const top = stats.find((s) => s.ppid === process.pid && s.comm === comm && cmdline(s.pid).includes(port))
    if (!top) return { root: undefined, members: [] }
    const members = [top]
    for (let i = 0; i < members.length; i++) members.push(...stats.filter((s) => s.ppid === members[i]!.pid))
    return { root: top, members }
  }
  return {
    name,
    cpuSeconds() {
      const { root: top, members } = tree()
      if (!top) return Number.NaN
      // a PostgreSQL backend that ended is reaped by the postmaster: its CPU moves into cutime
      return (members.reduce((n, s) => n + s.own, 0) + top.reaped) / CLOCK_TICKS
    },
  }
}

let running: BenchServices | undefined
let forget = () => {}

/** Starts PostgreSQL + Redis once (later calls return the same ones) until `stopServices()`. */
export async function ensureServices(log: (line: string) => void): Promise<BenchServices> {
  if (running) return running
  const t = performance.now()
  const services = await startDevServices()
  const pgPort = new URL(services.databaseUrl).port
  const redisPort = new URL(services.redisUrl).port
  running = { ...services, probes: [probe('Postgres', 'postgres', pgPort), probe('Redis', 'redis-server', redisPort)] }
  log(`[services] PostgreSQL ${services.databaseUrl} and Redis ${services.redisUrl} up in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  forget = onInterrupt(stopServices, log)
  return running
}

export async function stopServices(): Promise<void> {
  const services = running
  running = undefined
  forget()
  if (services) await services.stop()
}
