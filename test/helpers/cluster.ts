/**
 * Several Rootwork instances on one private PostgreSQL + Redis: in-process instances (fast) and
 * child-process instances (so a test can kill -9 one) started from a bundle of server/main.ts,
 * which starts in a fraction of the time `tsx` needs on a busy machine.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { Config } from '../../server/config'
import { startServer, type RunningServer } from '../../server/server'
import { openBackends } from '../../server/cluster/backends'
import { freePort, type DevServices } from '../../server/cluster/dev-services'
import type { Storage } from '../../server/storage/types'
import { waitFor } from './wait'
import { TEST_RATE_LIMITS } from './server'

export { freePort, startDevServices, type DevServices } from '../../server/cluster/dev-services'
export { startTcpProxy, type TcpProxy } from '../../server/cluster/tcp-proxy'

/** fast failure detection so tests do not wait for production timeouts */
const CLUSTER_TIMINGS = { HEARTBEAT_MS: '200', INSTANCE_TIMEOUT_MS: '1500', CATCH_UP_INTERVAL_MS: '1000' }

export interface Instance extends RunningServer {
  readonly storage: Storage
  readonly logs: string[]
  stop(): Promise<void>
}

export async function startInstance(services: DevServices, overrides: Record<string, string> = {}): Promise<Instance> {
  const config = Config.parse({
    PORT: '0',
    HOST: '127.0.0.1',
    UNLOAD_DELAY_MS: '0',
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    ...CLUSTER_TIMINGS,
    ...TEST_RATE_LIMITS,
    ...overrides,
  })
  const logs: string[] = []
  const log = (message: string, detail?: unknown) => void logs.push(`${message} ${detail === undefined ? '' : String(detail)}`)
  const backends = await openBackends(config, log)
  const server = await startServer(config, backends.storage, log, backends.fanout)
  return {
    ...server,
    storage: backends.storage,
    logs,
    async stop() {
      await server.close()
      await backends.close()
    },
  }
}

export interface ServerBundle {
  readonly file: string
  remove(): void
}

/** server/main.ts bundled once per test file, beside node_modules so its imports resolve */
export async function bundleServer(): Promise<ServerBundle> {
  const dir = resolve('.tmp', `scale-bundle-${process.pid}`)
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'main.js')
  await build({ entryPoints: ['server/main.ts'], outfile: file, bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'error' })
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface ChildInstance {
  readonly url: string
  readonly port: number
  readonly process: ChildProcess
  readonly output: () => string
  kill(signal: NodeJS.Signals): Promise<void>
}

export async function spawnInstance(bundle: ServerBundle, services: DevServices, env: Record<string, string> = {}): Promise<ChildInstance> {
  const port = await freePort()
  const child = spawn(process.execPath, [bundle.file], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      STATIC_DIR: '/nonexistent',
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
      ...CLUSTER_TIMINGS,
      ...TEST_RATE_LIMITS,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  await waitFor(() => output.includes('listening on') || child.exitCode !== null, 'the instance to listen', 20_000)
  if (child.exitCode !== null) throw new Error(`instance exited: ${output}`)
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    process: child,
    output: () => output,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      await exited
    },
  }
}
