/**
 * Development tool behind `node scripts/cluster.mjs`: N instances on one PostgreSQL + Redis behind
 * a round-robin TCP balancer. Uses DATABASE_URL and REDIS_URL when both are set, else starts
 * private temporary ones. Runs the sources through tsx, or the build with --built (after `npm run build`).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import * as z from 'zod'
import { freePort, startDevServices, type DevServices } from './dev-services'
import { startTcpProxy } from './tcp-proxy'

const { values } = parseArgs({
  options: {
    instances: { type: 'string', default: '2' },
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    built: { type: 'boolean', default: false },
  },
})
const count = z.coerce.number().int().min(1).max(16).parse(values.instances)
const port = z.coerce.number().int().min(0).max(65535).parse(values.port)
const root = resolve(import.meta.dirname, '..', '..')
const entry = values.built ? ['dist/server/main.js'] : ['--import', 'tsx', 'server/main.ts']
const client = resolve(root, 'dist/client')
if (!existsSync(client)) console.warn('dist/client not found: serving the API and sync only (run `npm run build` for the web client)')

const env = process.env
const services: DevServices =
  env.DATABASE_URL && env.REDIS_URL
    ? { databaseUrl: env.DATABASE_URL, redisUrl: env.REDIS_URL, stop: () => Promise.resolve() }
    : await startDevServices()

interface Running {
  readonly name: string
  readonly port: number
  readonly child: ChildProcess
}

async function startOne(index: number): Promise<Running> {
  const name = `i${index + 1}`
  const instancePort = await freePort()
  const child = spawn(process.execPath, entry, {
    cwd: root,
    env: {
      ...env,
      PORT: String(instancePort),
      HOST: '127.0.0.1',
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
      PUBLIC_URL: `http://localhost:${port}`,
      STATIC_DIR: client,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const listening = new Promise<void>((done, fail) => {
    const relay = (stream: NodeJS.WriteStream) => (d: Buffer) => {
      const text = d.toString()
      stream.write(text.replace(/^(?=.)/gm, `[${name}] `))
      if (text.includes('listening on')) done()
    }
    child.stdout?.on('data', relay(process.stdout))
    child.stderr?.on('data', relay(process.stderr))
    child.once('exit', (code) => fail(new Error(`${name} exited (${code})`)))
  })
  await listening
  return { name, port: instancePort, child }
}

const instances = await Promise.all(Array.from({ length: count }, (_, i) => startOne(i)))
const alive = () => instances.filter((i) => i.child.exitCode === null && i.child.signalCode === null).map((i) => i.port)
const balancer = await startTcpProxy({ backends: alive, strategy: 'round-robin', port, host: values.host })
console.log(`Rootwork: ${count} instances behind http://localhost:${balancer.port}`)
for (const i of instances) console.log(`  ${i.name}: pid ${i.child.pid}, http://127.0.0.1:${i.port}  (kill -9 ${i.child.pid} to watch its clients move)`)
console.log('Ctrl-C stops everything.')

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  await balancer.close()
  await Promise.all(
    instances.map(
      (i) =>
        new Promise<void>((done) => {
          if (i.child.exitCode !== null || i.child.signalCode !== null) return done()
          i.child.once('exit', () => done())
          i.child.kill('SIGTERM')
        }),
    ),
  )
  await services.stop()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
