// Development: the API/sync server (restarted on change) and Vite's dev server (proxying to it).
import { spawn } from 'node:child_process'

const run = (cmd, args, env = {}) =>
  spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).on('exit', (code) => process.exit(code ?? 0))

run('npx', ['tsx', 'watch', 'server/main.ts'], { PORT: '8787', STATIC_DIR: '/nonexistent' })
run('npx', ['vite'])
