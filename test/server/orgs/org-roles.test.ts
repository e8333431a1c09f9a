import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Session, WorkspaceView } from '../../../shared/api/contract'
import { Portfolio } from '../../../shared/api/orgs'
import { createWorkspace, join } from '../../helpers/api'
import { coachFetch, startServerWithIdp, type WithIdp } from '../../helpers/coach'
import type { CookieJar } from '../../helpers/oidc'

let env: WithIdp
let coachA: CookieJar
let coachB: CookieJar
let orgA: string
let orgB: string
let wsA: Awaited<ReturnType<typeof createWorkspace>>
let participantToken: string

async function createOrg(jar: CookieJar, name: string): Promise<string> {
  const res = await coachFetch(env.server, jar, '/api/orgs', { method: 'POST', body: { name } })
  expect(res.status).toBe(201)
  return ((await res.json()) as { id: string }).id
}

beforeAll(async () => {
  env = await startServerWithIdp()
  coachA = await env.signIn('alex@district-a.org')
  coachB = await env.signIn('bo@state-network.org')
  orgA = await createOrg(coachA, 'District A')
  orgB = await createOrg(coachB, 'State network B')
  wsA = await createWorkspace(env.server.url, 'Lincoln MS — grade 7 math')
  participantToken = (await join(env.server.url, wsA, 'participant', 'Pat')).memberToken
  const attached = await coachFetch(env.server, coachA, `/api/orgs/${orgA}/workspaces`, { method: 'POST', body: { workspaceId: wsA.workspace.id, school: 'Lincoln Middle' }, token: wsA.memberToken })
  expect(attached.status).toBe(201)
})
afterAll(() => env.stop())

const ws = () => wsA.workspace.id
// paths are built when a test runs (the ids exist only after beforeAll); the name is for the title
const ROUTES = [
  { method: 'GET', name: 'portfolio', path: (o: string) => `/api/orgs/${o}/portfolio` },
  { method: 'GET', name: 'rollups/heatmap', path: (o: string) => `/api/orgs/${o}/rollups/heatmap` },
  { method: 'GET', name: 'rollups/causes.csv', path: (o: string) => `/api/orgs/${o}/rollups/causes.csv` },
  { method: 'GET', name: 'library', path: (o: string) => `/api/orgs/${o}/library` },
  { method: 'POST', name: 'workspaces/:ws/open', path: (o: string) => `/api/orgs/${o}/workspaces/${ws()}/open` },
  { method: 'POST', name: 'library/copy', path: (o: string) => `/api/orgs/${o}/library/copy`, body: () => ({ sourceWorkspaceId: ws(), version: 1, strategyId: 's1', targetWorkspaceId: ws() }) },
  { method: 'POST', name: 'invite/rotate', path: (o: string) => `/api/orgs/${o}/invite/rotate` },
] as const
const send = (jar: CookieJar | undefined, r: (typeof ROUTES)[number], token?: string) =>
  coachFetch(env.server, jar, r.path(orgA), { method: r.method, ...('body' in r && { body: r.body() }), ...(token && { token }) })

describe('organisation roles, enforced on raw requests', () => {
  it('lists the workspace in its own organisation’s portfolio', async () => {
    const res = await coachFetch(env.server, coachA, `/api/orgs/${orgA}/portfolio`)
    expect(res.status).toBe(200)
    const portfolio = Portfolio.parse(await res.json())
    expect(portfolio.workspaces.map((w) => [w.school, w.phase, w.monitoring.status])).toEqual([['Lincoln Middle', 'none', 'none']])
    expect(portfolio.inviteLink).toContain(`/portfolio/${orgA}/join#invite=`)
  })

  it.each(ROUTES)('a coach of another organisation gets 403 on $method /api/orgs/A/$name', async (r) => {
    expect((await send(coachB, r)).status).toBe(403)
  })

  it('a coach of another organisation cannot open the workspace through their own organisation either', async () => {
    const res = await coachFetch(env.server, coachB, `/api/orgs/${orgB}/workspaces/${ws()}/open`, { method: 'POST' })
    expect(res.status).toBe(404)
    const portfolio = Portfolio.parse(await (await coachFetch(env.server, coachB, `/api/orgs/${orgB}/portfolio`)).json())
    expect(portfolio.workspaces).toEqual([])
  })

  it.each(ROUTES)('a participant’s member token opens nothing: 401 on $method /api/orgs/A/$name', async (r) => {
    expect((await send(undefined, r, participantToken)).status).toBe(401)
  })

  it('even the facilitator’s member token opens no portfolio route without a coach session', async () => {
    const res = await coachFetch(env.server, undefined, `/api/orgs/${orgA}/portfolio`, { token: wsA.memberToken })
    expect(res.status).toBe(401)
  })

  it('attaching needs the workspace’s facilitator token as well as the coach session', async () => {
    const other = await createWorkspace(env.server.url, 'Another school')
    const body = { workspaceId: other.workspace.id }
    expect((await coachFetch(env.server, coachA, `/api/orgs/${orgA}/workspaces`, { method: 'POST', body })).status).toBe(401)
    const pat = (await join(env.server.url, other, 'participant', 'Pat')).memberToken
    expect((await coachFetch(env.server, coachA, `/api/orgs/${orgA}/workspaces`, { method: 'POST', body, token: pat })).status).toBe(403)
    expect((await coachFetch(env.server, undefined, `/api/orgs/${orgA}/workspaces`, { method: 'POST', body, token: other.memberToken })).status).toBe(401)
  })

  it('a workspace already in one organisation cannot be attached to another', async () => {
    const res = await coachFetch(env.server, coachB, `/api/orgs/${orgB}/workspaces`, { method: 'POST', body: { workspaceId: ws() }, token: wsA.memberToken })
    expect(res.status).toBe(409)
  })

  it('refuses state-changing coach requests from another origin or with no origin (CSRF)', async () => {
    expect((await coachFetch(env.server, coachA, '/api/orgs', { method: 'POST', body: { name: 'X' }, origin: 'https://evil.example' })).status).toBe(403)
    expect((await coachFetch(env.server, coachA, '/api/orgs', { method: 'POST', body: { name: 'X' }, origin: null })).status).toBe(403)
    expect((await coachFetch(env.server, coachA, `/api/orgs/${orgA}/workspaces/${ws()}/open`, { method: 'POST', origin: 'https://evil.example' })).status).toBe(403)
  })

  it('opens the workspace as a facilitator member, the same member every time, with a working member session', async () => {
    const first = Session.parse(await (await coachFetch(env.server, coachA, `/api/orgs/${orgA}/workspaces/${ws()}/open`, { method: 'POST' })).json())
    expect(first.member.role).toBe('facilitator')
    expect(first.member.displayName).toBe('Coach alex')
    const again = Session.parse(await (await coachFetch(env.server, coachA, `/api/orgs/${orgA}/workspaces/${ws()}/open`, { method: 'POST' })).json())
    expect(again.member.id).toBe(first.member.id)
    const view = await fetch(`${env.server.url}/api/workspaces/${ws()}`, { headers: { authorization: `Bearer ${first.memberToken}` } })
    expect(view.status).toBe(200)
    expect(WorkspaceView.parse(await view.json()).me.role).toBe('facilitator')
  })

  it('a coach who is not an admin sees no invite link and cannot rotate it', async () => {
    const portfolio = Portfolio.parse(await (await coachFetch(env.server, coachA, `/api/orgs/${orgA}/portfolio`)).json())
    const invite = new URL(portfolio.inviteLink ?? '').hash.replace('#invite=', '')
    const coachC = await env.signIn('cy@district-a.org')
    const joined = await coachFetch(env.server, coachC, `/api/orgs/${orgA}/accept`, { method: 'POST', body: { invite } })
    expect(joined.status).toBe(200)
    const seen = Portfolio.parse(await (await coachFetch(env.server, coachC, `/api/orgs/${orgA}/portfolio`)).json())
    expect(seen.inviteLink).toBeNull()
    expect(seen.workspaces).toHaveLength(1)
    expect((await coachFetch(env.server, coachC, `/api/orgs/${orgA}/invite/rotate`, { method: 'POST' })).status).toBe(403)
  })

  it('a rotated invite link no longer admits anyone', async () => {
    const portfolio = Portfolio.parse(await (await coachFetch(env.server, coachA, `/api/orgs/${orgA}/portfolio`)).json())
    const old = new URL(portfolio.inviteLink ?? '').hash.replace('#invite=', '')
    expect((await coachFetch(env.server, coachA, `/api/orgs/${orgA}/invite/rotate`, { method: 'POST' })).status).toBe(200)
    const coachD = await env.signIn('di@district-a.org')
    expect((await coachFetch(env.server, coachD, `/api/orgs/${orgA}/accept`, { method: 'POST', body: { invite: old } })).status).toBe(403)
  })
})
