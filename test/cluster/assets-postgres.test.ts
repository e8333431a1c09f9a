import { afterAll, beforeAll } from 'vitest'
import { describeAssetRoutes } from '../server/assets/asset-cases'
import { startDevServices, type DevServices } from '../helpers/cluster'
import { startInstance } from '../helpers/cluster'

let services: DevServices
beforeAll(async () => {
  services = await startDevServices()
}, 60_000)
afterAll(() => services?.stop())

describeAssetRoutes('PostgreSQL', (env) => startInstance(services, env))
