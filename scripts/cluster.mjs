// Several Rootwork instances behind a local balancer, on one PostgreSQL + Redis (private temporary
// ones unless DATABASE_URL and REDIS_URL are set): node scripts/cluster.mjs [--instances 3] [--port 8787]
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const runner = fileURLToPath(new URL('../server/cluster/run-local.ts', import.meta.url))
const child = spawn(process.execPath, ['--import', 'tsx', runner, ...process.argv.slice(2)], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
