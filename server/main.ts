/** The only file with side effects: read configuration, open storage, listen, shut down gracefully. */
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import { readConfig } from './config'
import { startServer } from './server'
import { openSqliteStorage } from './storage/sqlite'

const config = readConfig(process.env)
const here = dirname(fileURLToPath(import.meta.url))
const staticDir = config.STATIC_DIR ?? join(here, '..', 'client')
const storage = openSqliteStorage({ dataDir: config.DATA_DIR, synchronous: config.SQLITE_SYNCHRONOUS })
const server = await startServer({ ...config, STATIC_DIR: staticDir }, storage)
console.log(`Rootwork listening on http://localhost:${server.port} (data in ${config.DATA_DIR})`)

let stopping = false
const stop = async (signal: string) => {
  if (stopping) return
  stopping = true
  console.log(`${signal}: flushing documents and closing connections`)
  await server.close()
  await storage.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
