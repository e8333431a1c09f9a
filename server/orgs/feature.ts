/**
 * Organisations, coach sign-in and the portfolio, wired from configuration. `openOrgs` runs before
 * the relay starts (it decorates storage to note activity); `routes` is called once the server's
 * documents exist. Without a database handle (test doubles) the feature is off: its routes answer 503.
 */
import { Router, type RequestHandler } from 'express'
import type { Config } from '../config'
import type { ServerDocs } from '../docs/server-docs'
import { sendFailure } from '../http/errors'
import type { Storage } from '../storage/types'
import { trackActivity } from './activity'
import { authRoutes } from './auth-routes'
import type { OrgDeps } from './deps'
import { openIdConnect, parseDomains, type Oidc } from './oidc'
import { orgRoutes } from './org-routes'
import { rollupRoutes } from './rollup-routes'
import { schoolReader } from './school-reader'
import { sameOriginCheck } from './session'
import { postgresSql, sqliteSql } from './sql'
import { orgStore, type OrgStore } from './store'
import { orgWorkspaceRoutes } from './workspace-routes'

export type OrgsConfig = Pick<Config, 'PUBLIC_URL' | 'OIDC_ISSUER' | 'OIDC_CLIENT_ID' | 'OIDC_CLIENT_SECRET' | 'OIDC_ALLOWED_EMAIL_DOMAINS' | 'COACH_SESSION_HOURS'>

export interface OrgsFeature {
  /** the storage the relay should use (appends note workspace activity) */
  readonly storage: Storage
  routes(deps: Pick<OrgDeps, 'docs' | 'auth' | 'disconnect' | 'originCheck' | 'onMemberJoined'> & { readonly docs: ServerDocs }): { path: string; router: Router }[]
}

function oidcFrom(config: OrgsConfig): Oidc | undefined {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_ALLOWED_EMAIL_DOMAINS } = config
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET || !OIDC_ALLOWED_EMAIL_DOMAINS) return undefined
  return openIdConnect({ issuer: OIDC_ISSUER, clientId: OIDC_CLIENT_ID, clientSecret: OIDC_CLIENT_SECRET, allowedDomains: parseDomains(OIDC_ALLOWED_EMAIL_DOMAINS) })
}

export async function openOrgStore(storage: Storage): Promise<OrgStore | undefined> {
  const backend = storage.backend
  if (!backend) return undefined
  return orgStore(backend.kind === 'sqlite' ? sqliteSql(backend.db) : await postgresSql(backend.pool))
}

export async function openOrgs(config: OrgsConfig, storage: Storage, now: () => Date, log: (message: string, detail?: unknown) => void): Promise<OrgsFeature> {
  const store = await openOrgStore(storage)
  if (!store) {
    const off: RequestHandler = (_req, res) => sendFailure(res, { kind: 'unavailable', message: 'organisations need a database-backed storage' })
    return { storage, routes: () => ['/api/auth', '/api/orgs'].map((path) => ({ path, router: Router().use(off) })) }
  }
  const oidc = oidcFrom(config)
  return {
    storage: trackActivity(storage, store, now, log),
    routes(more) {
      const deps: OrgDeps = { ...more, store, storage, now, oidc, publicUrl: config.PUBLIC_URL, sessionHours: config.COACH_SESSION_HOURS, reader: schoolReader(storage) }
      const sameOrigin: RequestHandler = (req, res, next) => {
        const checked = sameOriginCheck(req, more.originCheck)
        if (checked.ok) next()
        else sendFailure(res, checked.error)
      }
      const orgs = Router().use(sameOrigin).use(orgRoutes(deps)).use(orgWorkspaceRoutes(deps)).use(rollupRoutes(deps))
      return [
        { path: '/api/auth', router: authRoutes(deps) },
        { path: '/api/orgs', router: orgs },
      ]
    },
  }
}
