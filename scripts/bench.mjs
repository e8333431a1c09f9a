// `npm run bench [-- flags]`: builds the production client and server into .tmp/bench (never dist/),
// then runs the benchmark suite (bench/run.ts; flags are described in bench/README.md).
import { spawn, spawnSync } from 'node:child_process'

const args = process.argv.slice(2)
const dist = args.find((a) => a.startsWith('--dist='))?.slice('--dist='.length) ?? '.tmp/bench'
if (!args.includes('--no-build')) {
  console.error(`building into ${dist}…`)
  const built = spawnSync('bash', ['scripts/build-to.sh', dist], { stdio: 'inherit' })
  if (built.status !== 0) process.exit(built.status ?? 1)
}
const passed = args.filter((a) => a !== '--no-build')
const run = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...passed], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_COMMAND: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}` },
})
// the suite stops its servers (and the cluster's PostgreSQL and Redis) on these signals: pass them on
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => run.kill(signal))
run.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)))
