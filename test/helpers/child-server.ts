/** The real server as a child process (`node --import tsx server/main.ts`), so a test can kill -9 it. */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { waitFor } from './wait'
import { TEST_RATE_LIMITS } from './server'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      const port = typeof address === 'object' && address ? address.port : 0
      srv.close(() => resolve(port))
    })
  })
}

export interface ChildServer {
  readonly url: string
  readonly process: ChildProcess
  readonly output: () => string
  kill(signal: NodeJS.Signals): Promise<void>
}

export async function spawnServer(dataDir: string, port: number, env: Record<string, string> = {}): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, STATIC_DIR: '/nonexistent', ...TEST_RATE_LIMITS, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await waitFor(() => output.includes('listening on') || child.exitCode !== null, 'the server to listen', 20_000)
  if (child.exitCode !== null) throw new Error(`server exited: ${output}`)
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    output: () => output,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      await exited
    },
  }
}
