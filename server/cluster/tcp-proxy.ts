/**
 * A tiny TCP load balancer for running several instances locally and for failover tests: each
 * connection goes to the next backend (round robin) or the first one (in order) that accepts it,
 * trying the others when one refuses. HTTP and websockets pass through untouched. `hold()` parks
 * new connections (as a balancer does while it waits for a healthy backend) until `release()`.
 */
import { connect, createServer, type Socket } from 'node:net'

export interface TcpProxy {
  readonly port: number
  readonly url: string
  hold(): void
  release(): void
  close(): Promise<void>
}

export interface TcpProxyOptions {
  /** backends as ports on 127.0.0.1, in preference order */
  readonly backends: () => readonly number[]
  readonly strategy: 'round-robin' | 'in-order'
  readonly port?: number
  readonly host?: string
}

export async function startTcpProxy(options: TcpProxyOptions): Promise<TcpProxy> {
  let next = 0
  let held: Socket[] | undefined
  const open = new Set<Socket>()

  const forward = (client: Socket) => {
    const backends = options.backends()
    const start = options.strategy === 'round-robin' ? next++ : 0
    const attempt = (tried: number) => {
      if (tried >= backends.length || client.destroyed) return void client.destroy()
      const port = backends[(start + tried) % backends.length]!
      const upstream = connect(port, '127.0.0.1')
      let connected = false
      upstream.on('error', () => (connected ? client.destroy() : attempt(tried + 1)))
      upstream.once('connect', () => {
        connected = true
        open.add(upstream)
        upstream.on('close', () => {
          open.delete(upstream)
          client.destroy()
        })
        client.on('close', () => upstream.destroy())
        client.pipe(upstream)
        upstream.pipe(client)
      })
    }
    attempt(0)
  }

  const server = createServer((client) => {
    open.add(client)
    client.on('error', () => client.destroy())
    client.on('close', () => open.delete(client))
    client.pause()
    if (held) held.push(client)
    else forward(client)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    hold() {
      held ??= []
    },
    release() {
      const waiting = held ?? []
      held = undefined
      for (const client of waiting) forward(client)
    },
    close() {
      for (const s of open) s.destroy()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
