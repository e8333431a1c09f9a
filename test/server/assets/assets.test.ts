import { describeAssetRoutes } from './asset-cases'
import { startTestServer } from '../../helpers/server'

describeAssetRoutes('SQLite', (env) => startTestServer(env))
