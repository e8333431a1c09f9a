/**
 * A real OpenID Connect provider (`oidc-provider`, its development login and consent pages) on
 * port 0, and a raw-HTTP walk through a sign-in: the test plays the browser, cookies and all.
 * Any login is accepted; the login name is the account's e-mail address.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider from 'oidc-provider'

export const CLIENT = { id: 'rootwork-test', secret: 'a-client-secret-for-tests-only-0123456789' } as const

export interface OidcTestProvider {
  readonly issuer: string
  /** registers our server's callback URLs (known only once it listens) and starts answering */
  serve(redirectUris: readonly string[]): void
  close(): Promise<void>
}

export async function startOidcProvider(): Promise<OidcTestProvider> {
  const http: Server = createServer()
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  return {
    issuer,
    serve(redirectUris) {
      const provider = new Provider(issuer, {
        clients: [{ client_id: CLIENT.id, client_secret: CLIENT.secret, redirect_uris: [...redirectUris], token_endpoint_auth_method: 'client_secret_post' }],
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
        findAccount: (_ctx: unknown, id: string) => ({
          accountId: id,
          claims: () => ({ sub: id, email: id, email_verified: true, name: `Coach ${id.split('@')[0]}` }),
        }),
        cookies: { keys: ['a-cookie-signing-key-for-tests-only'] },
        pkce: { required: () => true },
        ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
      })
      http.on('request', provider.callback())
    },
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections()
        http.close(() => resolve())
      }),
  }
}

/** A browser's cookie store, reduced to what these tests need (one host, names never clash). */
export class CookieJar {
  readonly cookies = new Map<string, string>()
  take(res: Response): string[] {
    const set = res.headers.getSetCookie()
    for (const line of set) {
      const [pair = ''] = line.split(';')
      const eq = pair.indexOf('=')
      const name = pair.slice(0, eq).trim()
      const value = pair.slice(eq + 1).trim()
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    return set
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }
}

export async function browse(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  if (jar.cookies.size > 0) headers.set('cookie', jar.header())
  const res = await fetch(url, { ...init, headers, redirect: 'manual' })
  jar.take(res)
  return res
}

const formAction = (html: string) => /<form[^>]*action="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&')

/**
 * From our sign-in start to the provider's redirect back: logs in as `email` on the provider's
 * login page, approves the consent page, and returns the callback URL without visiting it.
 */
export async function signInAtProvider(jar: CookieJar, startUrl: string, email: string, headers: Record<string, string> = {}): Promise<string> {
  const start = await browse(jar, startUrl, { headers })
  if (start.status !== 302) throw new Error(`sign-in start: ${start.status} ${await start.text()}`)
  let url = start.headers.get('location') ?? ''
  const ourOrigin = new URL(startUrl).origin
  for (let step = 0; step < 12; step++) {
    if (url.startsWith(ourOrigin) || url.startsWith('https://127.0.0.1')) return url
    const res = await browse(jar, url)
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location') ?? '', url).href
      continue
    }
    const html = await res.text()
    const action = formAction(html)
    if (res.status !== 200 || !action) throw new Error(`provider page ${url}: ${res.status} ${html.slice(0, 300)}`)
    const fields: Record<string, string> = html.includes('name="login"') ? { prompt: 'login', login: email, password: 'any password' } : { prompt: 'consent' }
    const posted = await browse(jar, new URL(action, url).href, { method: 'POST', body: new URLSearchParams(fields), headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    if (posted.status < 300 || posted.status >= 400) throw new Error(`provider form ${action}: ${posted.status} ${(await posted.text()).slice(0, 300)}`)
    url = new URL(posted.headers.get('location') ?? '', url).href
  }
  throw new Error('the provider never redirected back')
}
