/**
 * `npm run doctor -- [--workspace <id>] [--check]`: the storage doctor on the configured storage
 * (DATA_DIR's SQLite file, or DATABASE_URL). Exits 1 when a document cannot be built.
 */
import { parseArgs } from 'node:util'
import { readConfig } from '../config'
import { openSqliteStorage } from '../storage/sqlite'
import { openPostgresStorage } from '../storage/postgres'
import { formatReport, runDoctor } from './doctor'

const { values } = parseArgs({ options: { workspace: { type: 'string' }, check: { type: 'boolean', default: false } } })
const config = readConfig(process.env)
const storage = config.DATABASE_URL
  ? await openPostgresStorage({ connectionString: config.DATABASE_URL })
  : openSqliteStorage({ dataDir: config.DATA_DIR, synchronous: config.SQLITE_SYNCHRONOUS })
try {
  const report = await runDoctor(storage, { workspace: values.workspace, check: values.check }, (line) => console.log(line))
  console.log(formatReport(report))
  process.exitCode = report.checked.some((c) => !c.ok) ? 1 : 0
} finally {
  await storage.close()
}
