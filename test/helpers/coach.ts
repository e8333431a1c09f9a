/** Our server with coach sign-in against a local OIDC provider, and a signed-in coach as raw HTTP. */
import { startTestServer, type TestServer } from './server'
import { CLIENT, CookieJar, browse, signInAtProvider, startOidcProvider, type OidcTestProvider } from './oidc'

export const ALLOWED_DOMAINS = 'district-a.org, state-network.org'

export interface WithIdp {
  readonly server: TestServer
  readonly idp: OidcTestProvider
  /** a full sign-in as `email`; the jar then holds the coach session */
  signIn(email: string): Promise<CookieJar>
  stop(): Promise<void>
}

export async function startServerWithIdp(overrides: Record<string, string> = {}): Promise<WithIdp> {
  const idp = await startOidcProvider()
  const server = await startTestServer({
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: CLIENT.id,
    OIDC_CLIENT_SECRET: CLIENT.secret,
    OIDC_ALLOWED_EMAIL_DOMAINS: ALLOWED_DOMAINS,
    ...overrides,
  })
  idp.serve([`${server.url}/api/auth/oidc/callback`, `https://127.0.0.1:${server.port}/api/auth/oidc/callback`, `http://localhost:${server.port}/api/auth/oidc/callback`])
  return {
    server,
    idp,
    async signIn(email) {
      const jar = new CookieJar()
      const callback = await signInAtProvider(jar, `${server.url}/api/auth/oidc/start?returnTo=/portfolio`, email)
      const res = await browse(jar, callback)
      if (res.status !== 303) throw new Error(`callback: ${res.status} ${await res.text()}`)
      return jar
    },
    async stop() {
      await server.stop()
      await idp.close()
    },
  }
}

/** A same-origin JSON request with the coach's cookies (what the portfolio page sends). */
export function coachFetch(server: TestServer, jar: CookieJar | undefined, path: string, init: { method?: string; body?: unknown; token?: string; origin?: string | null } = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  if (init.token) headers.authorization = `Bearer ${init.token}`
  if (init.origin !== null && (init.method ?? 'GET') !== 'GET') headers.origin = init.origin ?? server.url
  const request: RequestInit = { method: init.method ?? 'GET', headers, ...(init.body !== undefined && { body: JSON.stringify(init.body) }) }
  return jar ? browse(jar, `${server.url}${path}`, request) : fetch(`${server.url}${path}`, request)
}
