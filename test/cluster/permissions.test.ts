/**
 * The foundation's permission and private-document cases, unchanged, against two instances behind
 * a round-robin balancer: consecutive connections of one case land on different instances.
 */
import { afterAll, beforeAll } from 'vitest'
import { openPostgresStorage } from '../../server/storage/postgres'
import type { Storage } from '../../server/storage/types'
import { permissionCases } from '../server/sync/permission-cases'
import { startDevServices, startInstance, startTcpProxy, type DevServices } from '../helpers/cluster'

let services: DevServices
let storage: Storage
beforeAll(async () => {
  services = await startDevServices()
  storage = await openPostgresStorage({ connectionString: services.databaseUrl })
})
afterAll(async () => {
  await storage?.close()
  await services?.stop()
})

permissionCases('two instances on PostgreSQL and Redis behind a balancer', async () => {
  const [one, two] = await Promise.all([startInstance(services), startInstance(services)])
  const balancer = await startTcpProxy({ backends: () => [one.port, two.port], strategy: 'round-robin' })
  return {
    url: balancer.url,
    storage,
    async stop() {
      await balancer.close()
      await Promise.all([one.stop(), two.stop()])
    },
  }
})
