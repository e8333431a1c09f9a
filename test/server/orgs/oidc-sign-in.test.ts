import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Me } from '../../../shared/api/orgs'
import { coachFetch, startServerWithIdp, type WithIdp } from '../../helpers/coach'
import { CookieJar, browse, signInAtProvider } from '../../helpers/oidc'

let env: WithIdp
beforeAll(async () => {
  env = await startServerWithIdp()
})
afterAll(() => env.stop())

const start = () => `${env.server.url}/api/auth/oidc/start?returnTo=/portfolio`
const me = async (jar: CookieJar) => Me.parse(await (await coachFetch(env.server, jar, '/api/auth/me')).json())
const sessionCookie = (lines: string[]) => lines.find((l) => /^(__Host-)?rootwork_coach=[^;]+/.test(l))

describe('coach sign-in with a real OpenID Connect provider', () => {
  it('signs a coach in through the provider’s login and consent pages and returns to the portfolio', async () => {
    const jar = new CookieJar()
    const callback = await signInAtProvider(jar, start(), 'maria@district-a.org')
    expect(new URL(callback).searchParams.get('code')).toBeTruthy()
    const res = await browse(jar, callback)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/portfolio')
    const who = await me(jar)
    expect(who.coach?.email).toBe('maria@district-a.org')
    expect(who.coach?.displayName).toBe('Coach maria')
    expect(who.oidc).toBe(true)
  })

  it('asks the provider for a PKCE S256 challenge, a state and a nonce', async () => {
    const res = await fetch(start(), { redirect: 'manual' })
    const auth = new URL(res.headers.get('location') ?? '')
    expect(auth.origin).toBe(env.idp.issuer)
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256')
    for (const p of ['code_challenge', 'state', 'nonce']) expect(auth.searchParams.get(p)?.length).toBeGreaterThanOrEqual(32)
    expect(auth.searchParams.get('response_type')).toBe('code')
  })

  it('sets the session cookie HttpOnly, SameSite=Lax, for the whole site, and not Secure over plain http', async () => {
    const jar = new CookieJar()
    const callback = await signInAtProvider(jar, start(), 'lee@district-a.org')
    const res = await fetch(callback, { redirect: 'manual', headers: { cookie: jar.header() } })
    const cookie = sessionCookie(res.headers.getSetCookie())
    expect(cookie).toMatch(/^rootwork_coach=[A-Za-z0-9_-]{43};/)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
    expect(cookie).toMatch(/; Path=\/(;|$)/)
    expect(cookie).toMatch(/; Max-Age=43200/)
    expect(cookie).not.toMatch(/Secure/)
  })

  it('sets a Secure __Host- cookie when the site is reached over https (through the trusted proxy)', async () => {
    const jar = new CookieJar()
    const proto = { 'x-forwarded-proto': 'https' }
    const callback = await signInAtProvider(jar, start(), 'ana@state-network.org', proto)
    expect(callback.startsWith('https://127.0.0.1')).toBe(true)
    const over = new URL(callback)
    const res = await fetch(`${env.server.url}${over.pathname}${over.search}`, { redirect: 'manual', headers: { cookie: jar.header(), ...proto } })
    expect(res.status).toBe(303)
    const cookie = sessionCookie(res.headers.getSetCookie())
    expect(cookie).toMatch(/^__Host-rootwork_coach=/)
    expect(cookie).toMatch(/; Secure/)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
  })

  it('refuses a coach whose e-mail domain is not allowed, and sets no session', async () => {
    const jar = new CookieJar()
    const callback = await signInAtProvider(jar, start(), 'intruder@elsewhere.com')
    const res = await browse(jar, callback)
    expect(res.status).toBe(403)
    expect(await res.text()).toContain('intruder@elsewhere.com is not in a domain allowed to sign in here')
    expect(sessionCookie(res.headers.getSetCookie())).toBeUndefined()
    expect((await me(jar)).coach).toBeNull()
  })

  it.each([
    { part: 'state', tamper: (u: URL) => u.searchParams.set('state', `${u.searchParams.get('state')}x`) },
    { part: 'code', tamper: (u: URL) => u.searchParams.set('code', `${u.searchParams.get('code')?.slice(0, -2)}zz`) },
  ])('refuses a callback with a tampered $part, and sets no session', async ({ tamper }) => {
    const jar = new CookieJar()
    const callback = new URL(await signInAtProvider(jar, start(), 'maria@district-a.org'))
    tamper(callback)
    const res = await browse(jar, callback.href)
    expect(res.status).toBe(400)
    expect(sessionCookie(res.headers.getSetCookie())).toBeUndefined()
    expect((await me(jar)).coach).toBeNull()
  })

  it('refuses a callback replayed after it was used, and one that was never started here', async () => {
    const jar = new CookieJar()
    const callback = await signInAtProvider(jar, start(), 'maria@district-a.org')
    const login = jar.cookies.get('rootwork_login')
    expect((await browse(jar, callback)).status).toBe(303)
    const replay = await fetch(callback, { redirect: 'manual', headers: { cookie: `rootwork_login=${login}` } })
    expect(replay.status).toBe(400)
    const stranger = await fetch(callback, { redirect: 'manual' })
    expect(stranger.status).toBe(400)
  })

  it('signs out: the cookie is cleared and the old session no longer works', async () => {
    const jar = await env.signIn('maria@district-a.org')
    const stolen = new Map(jar.cookies)
    const out = await coachFetch(env.server, jar, '/api/auth/sign-out', { method: 'POST' })
    expect(out.status).toBe(200)
    expect(out.headers.getSetCookie().some((l) => /^rootwork_coach=;/.test(l))).toBe(true)
    expect((await me(jar)).coach).toBeNull()
    const replayed = new CookieJar()
    for (const [k, v] of stolen) replayed.cookies.set(k, v)
    expect((await me(replayed)).coach).toBeNull()
  })

  it('refuses sign-out from another origin (CSRF)', async () => {
    const jar = await env.signIn('maria@district-a.org')
    const res = await coachFetch(env.server, jar, '/api/auth/sign-out', { method: 'POST', origin: 'https://evil.example' })
    expect(res.status).toBe(403)
    expect((await me(jar)).coach?.email).toBe('maria@district-a.org')
  })

  it('never redirects back to another site after sign-in', async () => {
    const jar = new CookieJar()
    const callback = await signInAtProvider(jar, `${env.server.url}/api/auth/oidc/start?returnTo=//evil.example/x`, 'maria@district-a.org')
    const res = await browse(jar, callback)
    expect(res.headers.get('location')).toBe('/portfolio')
  })
})
