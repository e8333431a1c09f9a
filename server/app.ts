/** createApp(deps) → the Express app: JSON API under /api, the built client for every other path. */
import express, { type ErrorRequestHandler, type Router } from 'express'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ClientConfig } from '../shared/api/contract'
import { sendFailure } from './http/errors'
import { workspaceRoutes, type WorkspaceDeps } from './routes/workspaces'

export interface AppDeps extends WorkspaceDeps {
  readonly clientConfig: ClientConfig
  /** the built client (dist/client); absent in API-only tests */
  readonly staticDir?: string | undefined
  /** feature routers mounted under /api (rubric, snapshots, facilitation …) */
  readonly extraRoutes?: readonly { readonly path: string; readonly router: Router }[]
}

export function createApp(deps: AppDeps): express.Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')
  app.use(express.json({ limit: '1mb' }))

  app.get('/api/health', (_req, res) => void res.json({ ok: true }))
  app.get('/api/config', (_req, res) => void res.json(deps.clientConfig))
  app.use('/api/workspaces', workspaceRoutes(deps))
  for (const extra of deps.extraRoutes ?? []) app.use(extra.path, extra.router)
  app.use('/api', (_req, res) => sendFailure(res, { kind: 'not-found', message: 'no such API route' }))

  if (deps.staticDir && existsSync(deps.staticDir)) {
    const dir = resolve(deps.staticDir)
    app.use(express.static(dir, { index: false, maxAge: '1h' }))
    app.get('/{*path}', (_req, res) => res.sendFile('index.html', { root: dir }))
  }

  const onError: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
    const e = error as { type?: string; status?: number; message?: string }
    if (e.type === 'entity.parse.failed') return sendFailure(res, { kind: 'bad-request', message: 'the request body is not valid JSON' })
    if (e.type === 'entity.too.large') return sendFailure(res, { kind: 'bad-request', message: 'the request body is too large' })
    console.error('unhandled request error', error)
    sendFailure(res, { kind: 'unavailable', message: 'internal error' })
  }
  app.use(onError)
  return app
}
