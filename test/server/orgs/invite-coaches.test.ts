import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Me, Portfolio } from '../../../shared/api/orgs'
import { coachFetch } from '../../helpers/coach'
import { CookieJar } from '../../helpers/oidc'
import { startTestServer, type TestServer } from '../../helpers/server'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.stop())

const me = async (jar: CookieJar) => Me.parse(await (await coachFetch(server, jar, '/api/auth/me')).json())

describe('coaches without an identity provider: organisation invite links', () => {
  it('creates an organisation for a named coach and keeps them signed in with a session cookie', async () => {
    const jar = new CookieJar()
    const res = await coachFetch(server, jar, '/api/orgs', { method: 'POST', body: { name: 'Valley Consultancy', displayName: 'Rae Admin' } })
    expect(res.status).toBe(201)
    expect(await me(jar)).toMatchObject({ coach: { displayName: 'Rae Admin' }, oidc: false, orgs: [{ name: 'Valley Consultancy', role: 'admin' }] })
  })

  it('asks for a name when nobody is signed in', async () => {
    const res = await coachFetch(server, new CookieJar(), '/api/orgs', { method: 'POST', body: { name: 'Nameless' } })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe('displayName')
  })

  it('lets a second coach join by the admin’s invite link, as a coach', async () => {
    const admin = new CookieJar()
    const org = (await (await coachFetch(server, admin, '/api/orgs', { method: 'POST', body: { name: 'North Network', displayName: 'Ari' } })).json()) as { id: string }
    const link = Portfolio.parse(await (await coachFetch(server, admin, `/api/orgs/${org.id}/portfolio`)).json()).inviteLink ?? ''
    const invite = new URL(link).hash.replace('#invite=', '')
    const coach = new CookieJar()
    const joined = await coachFetch(server, coach, `/api/orgs/${org.id}/accept`, { method: 'POST', body: { invite, displayName: 'Sam Coach' } })
    expect(joined.status).toBe(200)
    expect((await me(coach)).orgs).toEqual([{ id: org.id, name: 'North Network', role: 'coach' }])
    const wrong = await coachFetch(server, new CookieJar(), `/api/orgs/${org.id}/accept`, { method: 'POST', body: { invite: `${invite.slice(0, -2)}xx`, displayName: 'Mallory' } })
    expect(wrong.status).toBe(403)
  })

  it('has no OpenID Connect sign-in to start', async () => {
    expect((await fetch(`${server.url}/api/auth/oidc/start`, { redirect: 'manual' })).status).toBe(404)
  })
})
