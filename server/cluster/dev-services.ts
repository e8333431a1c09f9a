/**
 * Private PostgreSQL and Redis servers for tests and the local cluster script (never production):
 * temp data directories, random free ports, stopped by `stop()` (or killed when this process exits).
 * PostgreSQL refuses to run as root, so as root it runs as `nobody` via setpriv.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

export interface DevServices {
  readonly databaseUrl: string
  readonly redisUrl: string
  stop(): Promise<void>
}

const INSTALL_HINT = 'run `bash scripts/ensure-system-deps.sh` (installs postgresql, redis-server and chromium with apt when root)'
const NOBODY = 65534

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

function postgresBinDir(): string {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : []
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0]
  if (newest) return join(root, newest, 'bin')
  const fromPgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' })
  const dir = fromPgConfig.status === 0 ? fromPgConfig.stdout.trim() : ''
  if (dir && existsSync(join(dir, 'initdb'))) return dir
  throw new Error(`PostgreSQL server binaries (initdb, postgres) not found: ${INSTALL_HINT}`)
}

function redisBinary(): string {
  for (const candidate of ['/usr/bin/redis-server', '/usr/local/bin/redis-server']) if (existsSync(candidate)) return candidate
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' })
  if (found.status === 0 && found.stdout.trim()) return found.stdout.trim()
  throw new Error(`redis-server not found: ${INSTALL_HINT}`)
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0
/** as root, run as nobody (PostgreSQL insists) */
const unprivileged = (bin: string, args: string[]): [string, string[]] =>
  asRoot ? ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', bin, ...args]] : [bin, args]

function started(child: ChildProcess, marker: string, what: string, timeoutMs = 30_000): Promise<void> {
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs)
    const onData = (d: Buffer) => {
      output += d.toString()
      if (output.includes(marker)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${what} exited (${code}):\n${output}`))
    })
  })
}

function stopped(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill(signal)
  })
}

export async function startDevServices(): Promise<DevServices> {
  const pgBin = postgresBinDir()
  const redisBin = redisBinary()
  const dir = mkdtempSync(join(tmpdir(), 'rootwork-services-'))
  if (asRoot) chownSync(dir, NOBODY, NOBODY)
  const data = join(dir, 'pg')
  const [initCmd, initArgs] = unprivileged(join(pgBin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync'])
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8', cwd: dir })
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.error?.message}`)

  const [pgPort, redisPort] = [await freePort(), await freePort()]
  const [pgCmd, pgArgs] = unprivileged(join(pgBin, 'postgres'), [
    '-D', data, '-p', String(pgPort), '-k', dir, '-c', 'listen_addresses=127.0.0.1',
    // a throwaway test database: durability of the database itself is not under test here
    '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300',
  ])
  const postgres = spawn(pgCmd, pgArgs, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
  const redis = spawn(redisBin, ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const killBoth = () => {
    postgres.kill('SIGKILL')
    redis.kill('SIGKILL')
  }
  process.once('exit', killBoth)
  try {
    await Promise.all([started(postgres, 'ready to accept connections', 'postgres'), started(redis, 'Ready to accept connections', 'redis-server')])
    const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${pgPort}/postgres` })
    await admin.connect()
    await admin.query('CREATE DATABASE rootwork')
    await admin.end()
  } catch (e) {
    killBoth()
    rmSync(dir, { recursive: true, force: true })
    throw e
  }
  return {
    databaseUrl: `postgres://postgres@127.0.0.1:${pgPort}/rootwork`,
    redisUrl: `redis://127.0.0.1:${redisPort}`,
    async stop() {
      process.off('exit', killBoth)
      // SIGINT is PostgreSQL's fast shutdown
      await Promise.all([stopped(postgres, 'SIGINT'), stopped(redis, 'SIGTERM')])
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
