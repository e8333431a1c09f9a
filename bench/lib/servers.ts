/**
 * The two servers under test, each a child process on loopback so its CPU and memory can be read
 * from /proc: ours (the production build, SQLite, auth on) and the stock @y/websocket-server 0.1.1
 * (in memory, no auth, no persistence). `rooms()` hands out what a client needs to join a room.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { CreateWorkspaceResponse, Session } from '../../shared/api/contract'
import type { ServiceProbe } from './services'
import { inBatches, until } from './stats'

/** `cluster`: two instances of ours on PostgreSQL + Redis, each room's clients split between them */
export type ServerKind = 'ours' | 'stock' | 'cluster'

/** What one client needs to join one room: the provider's server URL, room name and query params. */
export interface RoomSpec {
  readonly serverUrl: string
  readonly room: string
  readonly params: Record<string, string>
}

export interface BenchServer {
  readonly kind: ServerKind
  /** the (first) server process */
  readonly pid: number
  /** every server process: CPU and RSS figures are their sum */
  readonly pids: readonly number[]
  readonly port: number
  /** the providers' server URL */
  readonly syncUrl: string
  /** shared services the servers use (cluster: PostgreSQL, Redis), measured separately */
  readonly services?: readonly ServiceProbe[]
  /** one list of client specs per room (ours: one workspace per room, one member per client) */
  rooms(count: number, clientsPerRoom: number): Promise<RoomSpec[][]>
  /** `count` distinct small documents, one spec each (ours: `group/<id>` docs of one workspace) */
  docs(count: number): Promise<RoomSpec[]>
  /** SIGTERM (ours flushes and compacts) and wait for the exit */
  stop(): Promise<void>
  output(): string
}

export interface StartOptions {
  /** our build folder (scripts/build-to.sh) */
  readonly dist: string
  /** extra environment for our server (e.g. rate limits, unload delay) */
  readonly env?: Record<string, string>
  /** reuse this data directory (cold start from existing storage) instead of a fresh one */
  readonly dataDir?: string
  /** write a V8 CPU profile of the server into this folder on exit */
  readonly cpuProfDir?: string
  /** let `perf` name V8's optimised code (--perf-basic-prof; see perf.ts) */
  readonly perfMap?: boolean
}

const require = createRequire(import.meta.url)

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer()
    srv.once('error', fail)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      const port = typeof address === 'object' && address ? address.port : 0
      srv.close(() => ok(port))
    })
  })
}

async function launch(args: string[], env: Record<string, string>, ready: string): Promise<{ child: ChildProcess; output: () => string; exited: Promise<void> }> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const keep = (d: Buffer) => {
    output += d.toString()
    if (output.length > 64_000) output = output.slice(-32_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((r) => child.once('exit', () => r()))
  const up = await until(() => output.includes(ready) || child.exitCode !== null, 30_000, 20)
  if (!up || child.exitCode !== null || child.pid === undefined) {
    child.kill('SIGKILL')
    throw new Error(`server did not start: ${output}`)
  }
  return { child, output: () => output, exited }
}

async function postJson<T>(url: string, body: unknown, parse: (v: unknown) => T): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (res.status !== 201) throw new Error(`POST ${url}: ${res.status} ${await res.text()}`)
  return parse(await res.json())
}

export async function startOurs(options: StartOptions): Promise<BenchServer & { readonly dataDir: string }> {
  const port = await freePort()
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'rootwork-bench-'))
  const flags = [...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(options.cpuProfDir)}`] : []), ...(options.perfMap ? ['--perf-basic-prof'] : [])]
  const { child, output, exited } = await launch(
    [...flags, join(options.dist, 'server', 'main.js')],
    // the stock-provider clients put the token in the URL, as the stock y-websocket server expects; the
    // benchmark measures the relay, not sign-in, so it turns that (off by default) path on
    { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'production', SYNC_URL_TOKENS: 'on', RATE_CREATE_PER_IP: '1000000', RATE_JOIN_PER_IP: '1000000', RATE_JOIN_PER_INVITE: '1000000', ...options.env },
    'listening on',
  )
  const base = `http://127.0.0.1:${port}`
  const serverUrl = `ws://127.0.0.1:${port}/sync`

  const workspace = (title: string) =>
    postJson(`${base}/api/workspaces`, { title, organisation: 'Bench USD', facilitatorName: 'Coach Bench' }, (v) => CreateWorkspaceResponse.parse(v))
  const joinAs = (created: CreateWorkspaceResponse, name: string) =>
    postJson(
      `${base}/api/workspaces/${created.workspace.id}/join`,
      { invite: new URL(created.invites.participant).hash.replace(/^#invite=/, ''), displayName: name, stakeholderRole: 'teacher' },
      (v) => Session.parse(v),
    )

  return {
    kind: 'ours',
    pid: child.pid!,
    pids: [child.pid!],
    port,
    syncUrl: serverUrl,
    dataDir,
    output,
    async rooms(count, clientsPerRoom) {
      return inBatches(Array.from({ length: count }, (_, i) => i), 4, async (r) => {
        const created = await workspace(`Bench room ${r}`)
        const members = await inBatches(Array.from({ length: clientsPerRoom - 1 }, (_, i) => i), 4, (i) => joinAs(created, `Member ${r}-${i}`))
        const tokens = [created.memberToken, ...members.map((m) => m.memberToken)]
        return tokens.map((token) => ({ serverUrl, room: `${created.workspace.id}/board`, params: { token } }))
      })
    },
    async docs(count) {
      // A facilitator may open any breakout group's document, so one workspace holds `count` rooms
      // without creating `count` workspaces (each of which would also load a board and a private doc).
      const created = await workspace('Bench documents')
      return Array.from({ length: count }, (_, i) => ({
        serverUrl,
        room: `${created.workspace.id}/group/g${String(i).padStart(6, '0')}`,
        params: { token: created.memberToken },
      }))
    },
    async stop() {
      child.kill('SIGTERM')
      await exited
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * The floor under ours' idle memory: a process that loads exactly the modules our built server
 * imports when it starts (every `import … from "<package>"` at the top level of main.js, node
 * built-ins included), opens an in-memory SQLite database (which loads the native addon, as ours
 * does) and listens — with no code of ours. Its RSS beside stock's shows what the fixed stack
 * (Express, ws, Yjs, better-sqlite3, …; zod is inside our bundle) costs before the server does anything.
 */
export async function startDependenciesOnly(dist: string): Promise<Pick<BenchServer, 'pid' | 'stop'>> {
  const main = readFileSync(join(dist, 'server', 'main.js'), 'utf8')
  const specifiers = [...new Set([...main.matchAll(/^import\s(?:[^;]*?\sfrom\s)?"([^".][^"]*)";$/gm)].map((m) => m[1]!))]
  if (!specifiers.includes('better-sqlite3')) throw new Error(`${dist}/server/main.js does not import better-sqlite3: is it our build?`)
  // written beside the build so that the packages resolve from the project's node_modules
  const entry = join(dist, 'server', 'dependencies-only.mjs')
  writeFileSync(
    entry,
    [
      ...specifiers.map((s, i) => `import * as m${i} from ${JSON.stringify(s)}`),
      `const Database = m${specifiers.indexOf('better-sqlite3')}.default`,
      "new Database(':memory:').prepare('select 1').get()",
      "const { createServer } = await import('node:http')",
      "createServer().listen(0, '127.0.0.1', () => console.log('dependencies loaded, listening'))",
      "process.on('SIGTERM', () => process.exit(0))",
      '',
    ].join('\n'),
  )
  const { child, exited } = await launch([entry], {}, 'listening')
  return {
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM')
      await exited
      rmSync(entry, { force: true })
    },
  }
}

export async function startStock(options: { readonly cpuProfDir?: string; readonly perfMap?: boolean } = {}): Promise<BenchServer> {
  const port = await freePort()
  const entry = join(resolve(require.resolve('@y/websocket-server/package.json'), '..'), 'src', 'server.js')
  // the stock server has no SIGTERM handler, and V8 writes a profile only on a normal exit
  const exitOnTerm = `data:text/javascript,process.on('SIGTERM',()=>process.exit(0))`
  const flags = [...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(options.cpuProfDir)}`, '--import', exitOnTerm] : []), ...(options.perfMap ? ['--perf-basic-prof'] : [])]
  const { child, output, exited } = await launch([...flags, entry], { PORT: String(port), HOST: '127.0.0.1' }, 'running at')
  const serverUrl = `ws://127.0.0.1:${port}`
  let seq = 0
  return {
    kind: 'stock',
    pid: child.pid!,
    pids: [child.pid!],
    port,
    syncUrl: serverUrl,
    output,
    async rooms(count, clientsPerRoom) {
      return Array.from({ length: count }, () => {
        const room = `bench-room-${seq++}`
        return Array.from({ length: clientsPerRoom }, () => ({ serverUrl, room, params: {} }))
      })
    },
    async docs(count) {
      return Array.from({ length: count }, () => ({ serverUrl, room: `bench-doc-${seq++}`, params: {} }))
    },
    async stop() {
      child.kill('SIGTERM')
      await exited
    },
  }
}
