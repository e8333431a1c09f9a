/**
 * Opens storage and fan-out from configuration: SQLite and no fan-out by default; PostgreSQL when
 * DATABASE_URL is set; Redis fan-out when REDIS_URL is set too (several instances).
 */
import type { Config } from '../config'
import { openPostgresStorage } from '../storage/postgres'
import { openSqliteStorage } from '../storage/sqlite'
import type { Storage } from '../storage/types'
import { localFanout, type Fanout } from './fanout'
import { openRedisFanout } from './redis-fanout'

export interface Backends {
  readonly storage: Storage
  readonly fanout: Fanout
  /** a one-line description for the start-up log (no credentials) */
  readonly description: string
  close(): Promise<void>
}

type BackendConfig = Pick<Config, 'DATA_DIR' | 'SQLITE_SYNCHRONOUS' | 'DATABASE_URL' | 'REDIS_URL' | 'HEARTBEAT_MS' | 'INSTANCE_TIMEOUT_MS'>

const hostOf = (url: string) => {
  const u = new URL(url)
  return `${u.hostname}:${u.port}${u.pathname}`
}

export async function openBackends(config: BackendConfig, log: (message: string, detail?: unknown) => void): Promise<Backends> {
  const storage = config.DATABASE_URL
    ? await openPostgresStorage({ connectionString: config.DATABASE_URL, log })
    : openSqliteStorage({ dataDir: config.DATA_DIR, synchronous: config.SQLITE_SYNCHRONOUS })
  let fanout: Fanout
  try {
    fanout = config.REDIS_URL
      ? await openRedisFanout({ url: config.REDIS_URL, heartbeatMs: config.HEARTBEAT_MS, instanceTimeoutMs: config.INSTANCE_TIMEOUT_MS, log })
      : localFanout()
  } catch (e) {
    await storage.close()
    throw e
  }
  const where = config.DATABASE_URL ? `postgres ${hostOf(config.DATABASE_URL)}` : `sqlite in ${config.DATA_DIR}`
  const with_ = config.REDIS_URL ? `, redis ${hostOf(config.REDIS_URL)}, instance ${fanout.instanceId}` : ''
  return {
    storage,
    fanout,
    description: `${where}${with_}`,
    async close() {
      await fanout.close()
      await storage.close()
    },
  }
}
