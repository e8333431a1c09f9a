/** A real server on port 0 with real SQLite storage in a temp directory (or in memory). */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Config } from '../../server/config'
import { startServer, type RunningServer } from '../../server/server'
import { openSqliteStorage } from '../../server/storage/sqlite'
import type { Storage } from '../../server/storage/types'

export interface TestServer extends RunningServer {
  readonly storage: Storage
  readonly dataDir: string
  /** closes the server and storage; removes the data dir unless `keepData` */
  stop(options?: { keepData?: boolean }): Promise<void>
}

/**
 * Test files create dozens of workspaces and members from one address within seconds; the abuse
 * limits are raised for them (the security tests set their own low limits to prove them).
 */
export const TEST_RATE_LIMITS = {
  RATE_CREATE_PER_IP: '100000',
  RATE_JOIN_PER_IP: '100000',
  RATE_JOIN_PER_INVITE: '100000',
  RATE_PREVIEW_PER_IP: '100000',
  RATE_ACTIONS_PER_TOKEN: '100000',
  RATE_TICKETS_PER_TOKEN: '100000',
} as const

export function tempDir(prefix = 'rootwork-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export async function startTestServer(overrides: Partial<Record<string, string>> = {}, dataDir = tempDir()): Promise<TestServer> {
  const config = Config.parse({ PORT: '0', HOST: '127.0.0.1', UNLOAD_DELAY_MS: '0', ...TEST_RATE_LIMITS, ...overrides })
  const storage = openSqliteStorage({ dataDir })
  const server = await startServer(config, storage, () => undefined)
  return {
    ...server,
    storage,
    dataDir,
    async stop(options = {}) {
      await server.close()
      await storage.close()
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
