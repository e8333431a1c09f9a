/** createApp(deps) → the Express app: security headers, abuse limits, JSON API under /api, the built client. */
import express, { type Router } from 'express'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ClientConfig } from '../shared/api/contract'
import { API } from '../shared/api/routes'
import { bodyErrors } from './http/body-errors'
import { sendFailure } from './http/errors'
import { requireAllowedOrigin, type OriginCheck } from './http/origins'
import { rateLimits, type RateConfig, type RateStores } from './http/rate-limits'
import { securityHeaders } from './http/security-headers'
import { workspaceRoutes, type WorkspaceDeps } from './routes/workspaces'

export interface AppDeps extends WorkspaceDeps {
  readonly clientConfig: ClientConfig
  /** the built client (dist/client); absent in API-only tests */
  readonly staticDir?: string | undefined
  /** feature routers mounted at the root; their paths come from shared/api/routes.ts */
  readonly extraRoutes?: readonly { readonly path: string; readonly router: Router }[]
  readonly originCheck: OriginCheck
  readonly frameAncestors: string
  readonly rates: RateConfig
  /** counters shared by every instance (Redis); in memory when absent */
  readonly rateStores?: RateStores | undefined
  readonly log: (message: string) => void
}

export function createApp(deps: AppDeps): express.Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')
  app.use(securityHeaders({ frameAncestors: deps.frameAncestors }))
  app.use('/api', requireAllowedOrigin(deps.originCheck, deps.log))
  app.use(express.json({ limit: '1mb' }))

  const limits = rateLimits(deps.rates, deps.rateStores)
  app.post(API.workspaces, limits.create)
  app.post(API.join, limits.join)
  app.post(API.invitePreview, limits.preview)
  app.post(API.syncTicket, limits.tickets)
  app.use(API.workspaces, (req, res, next) => (req.path.endsWith('/sync-ticket') ? next() : limits.actions(req, res, next)))

  app.get(API.health, (_req, res) => void res.json({ ok: true }))
  app.get(API.config, (_req, res) => void res.json(deps.clientConfig))
  app.use(workspaceRoutes(deps))
  for (const extra of deps.extraRoutes ?? []) app.use(extra.path, extra.router)
  app.use('/api', (_req, res) => sendFailure(res, { kind: 'not-found', message: 'no such API route' }))

  if (deps.staticDir && existsSync(deps.staticDir)) {
    const dir = resolve(deps.staticDir)
    app.use(express.static(dir, { index: false, maxAge: '1h' }))
    app.get('/{*path}', (_req, res) => res.sendFile('index.html', { root: dir }))
  }

  app.use(bodyErrors(deps.log))
  return app
}
