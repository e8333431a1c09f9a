/**
 * Where a server's CPU time goes, by `perf record -e cpu-clock` (Linux perf, when it is installed
 * and allowed): samples of time spent on a CPU, in every thread of the process (V8's compiler and
 * GC helpers too) and in the kernel on its behalf. V8's own profiler (--cpu-prof, profile.ts) samples
 * the JavaScript thread by wall clock instead, so a syscall during which the thread is preempted or
 * waits (a socket write on a busy 2-core machine, an SQLite commit) reads there as that call's cost:
 * under fan-out it showed socket writes at 27–55 % and the SQLite append at 25 % of ours, against
 * ~36 % (all kernel work) and 12 % here (samples with better-sqlite3 on the stack, its syscalls
 * included). The server runs with --perf-basic-prof so perf can name V8's optimised code;
 * interpreted and baseline code shows as V8's builtins in the node binary.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'

export interface PerfSummary {
  /** CPU seconds the samples stand for (perf's event count: cpu-clock counts nanoseconds on a CPU) */
  readonly cpuSeconds: number
  readonly components: { readonly name: string; readonly share: number }[]
  readonly symbols: { readonly name: string; readonly share: number }[]
}

let usable: boolean | undefined

/** whether `perf record -e cpu-clock` works here (installed, and permitted for this user) */
export function perfUsable(): boolean {
  usable ??= spawnSync('perf', ['record', '-q', '-e', 'cpu-clock', '-o', '/dev/null', '--', 'true'], { stdio: 'ignore' }).status === 0
  return usable
}

export interface PerfRecording {
  stop(): Promise<void>
}

/** samples `pid` (every thread) into `file` until stopped */
export function recordPerf(pid: number, file: string, hz = 1000): PerfRecording {
  const child: ChildProcess = spawn('perf', ['record', '-q', '-e', 'cpu-clock', '-F', String(hz), '-o', file, '-p', String(pid)], { stdio: 'ignore' })
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()))
  return {
    async stop() {
      child.kill('SIGINT')
      await exited
    },
  }
}

const COMPONENTS: [RegExp, string][] = [
  [/^\[kernel/, 'kernel (syscalls: socket writes and reads, TCP loopback, scheduling; file writes)'],
  [/^\[JIT\]/, 'optimised JavaScript (V8 JIT code)'],
  [/^node$/, 'node binary (V8 builtins and runtime, interpreter and baseline code, GC, compiler, libuv)'],
  [/^better_sqlite3\.node$/, 'SQLite (better-sqlite3)'],
  [/^libc\.so/, 'libc (malloc, memcpy)'],
]

const componentOf = (dso: string) => COMPONENTS.find(([re]) => re.test(dso))?.[1] ?? dso

function report(file: string, sort: string): { rows: { share: number; name: string }[]; seconds: number } {
  const r = spawnSync('perf', ['report', '-i', file, '--stdio', '--no-children', '-g', 'none', '--sort', sort], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (r.status !== 0) throw new Error(`perf report failed: ${r.stderr.slice(0, 300)}`)
  const rows = r.stdout
    .split('\n')
    .map((line) => /^\s*([\d.]+)%\s+(.+?)\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ share: Number(m[1]) / 100, name: m[2]! }))
  const count = /Event count \(approx\.\): (\d+)/.exec(r.stdout)
  return { rows, seconds: count ? Number(count[1]) / 1e9 : Number.NaN }
}

/** shares by component and the `n` costliest symbols; removes the perf map file of `pid` */
export function summarisePerf(file: string, pid: number, n = 15): PerfSummary {
  try {
    const byComponent = new Map<string, number>()
    const dso = report(file, 'dso')
    for (const { share, name } of dso.rows) byComponent.set(componentOf(name), (byComponent.get(componentOf(name)) ?? 0) + share)
    const symbols = report(file, 'dso,sym').rows
      .slice(0, n)
      .map(({ share, name }) => ({ share, name: name.replace(/tid \d+\s*/, '').replace(/file:\/\/\S*\/(server\/main\.js)/, '$1').replace(/\S*node_modules\//, '').replace(/\s+/g, ' ') }))
    return { cpuSeconds: dso.seconds, components: [...byComponent].map(([name, share]) => ({ name, share })).sort((a, b) => b.share - a.share), symbols }
  } finally {
    rmSync(`/tmp/perf-${pid}.map`, { force: true })
  }
}

export function formatPerf(title: string, s: PerfSummary): string {
  const ms = (share: number) => `${(share * s.cpuSeconds * 1000).toFixed(0)} ms`
  const pct = (share: number) => `${(share * 100).toFixed(1)} %`
  return [
    `### ${title}: ${s.cpuSeconds.toFixed(2)} s of CPU sampled`,
    '',
    '| where (perf cpu-clock samples) | share | CPU |',
    '|---|---|---|',
    ...s.components.map((c) => `| ${c.name} | ${pct(c.share)} | ${ms(c.share)} |`),
    '',
    '| costliest symbols (self) | share | CPU |',
    '|---|---|---|',
    ...s.symbols.map((c) => `| \`${c.name.replace(/\|/g, '\\|')}\` | ${pct(c.share)} | ${ms(c.share)} |`),
  ].join('\n')
}
