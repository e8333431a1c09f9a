/** The only file with side effects: read configuration, open storage, listen, shut down gracefully. */
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import { readConfig } from './config'
import { startServer } from './server'
import { openBackends } from './cluster/backends'

const log = (message: string, detail?: unknown) => console.warn(`[rootwork] ${message}`, detail ?? '')
const config = readConfig(process.env)
const here = dirname(fileURLToPath(import.meta.url))
const staticDir = config.STATIC_DIR ?? join(here, '..', 'client')
const backends = await openBackends(config, log)
const server = await startServer({ ...config, STATIC_DIR: staticDir }, backends.storage, log, backends.fanout)
console.log(`Rootwork listening on http://localhost:${server.port} (${backends.description})`)

let stopping = false
const stop = async (signal: string) => {
  if (stopping) return
  stopping = true
  console.log(`${signal}: flushing documents and closing connections`)
  await server.close()
  await backends.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
