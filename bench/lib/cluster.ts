/**
 * "ours ×2": two instances of our production build on one PostgreSQL + Redis (DATABASE_URL,
 * REDIS_URL). Workspaces are created through instance A; in every room, clients alternate between
 * A and B, so each delivery to the other half crosses Redis (and every append is a Postgres commit).
 */
import type { BenchServices } from './services'
import { startOurs, type BenchServer, type RoomSpec } from './servers'

/** Every other spec goes to `other` instead: half of each room on each instance. */
function split(specs: readonly RoomSpec[], other: string): RoomSpec[] {
  return specs.map((spec, i) => (i % 2 ? { ...spec, serverUrl: other } : spec))
}

export async function startCluster(options: { readonly dist: string; readonly services: BenchServices; readonly cpuProfDir?: string; readonly perfMap?: boolean }): Promise<BenchServer> {
  const env = { DATABASE_URL: options.services.databaseUrl, REDIS_URL: options.services.redisUrl }
  const profile = { ...(options.cpuProfDir && { cpuProfDir: options.cpuProfDir }), ...(options.perfMap && { perfMap: true }) }
  const a = await startOurs({ dist: options.dist, env, ...profile })
  let b: BenchServer
  try {
    b = await startOurs({ dist: options.dist, env, ...profile })
  } catch (e) {
    await a.stop()
    throw e
  }
  return {
    kind: 'cluster',
    pid: a.pid,
    pids: [a.pid, b.pid],
    port: a.port,
    syncUrl: a.syncUrl,
    services: options.services.probes,
    async rooms(count, clientsPerRoom) {
      return (await a.rooms(count, clientsPerRoom)).map((room) => split(room, b.syncUrl))
    },
    async docs(count) {
      return split(await a.docs(count), b.syncUrl)
    },
    async stop() {
      await Promise.all([a.stop(), b.stop()])
    },
    output: () => `--- instance A ---\n${a.output()}\n--- instance B ---\n${b.output()}`,
  }
}
