/**
 * Abuse limits and origin checks, with raw clients: 429 + Retry-After that recovers once the window
 * passes; foreign origins refused at the websocket upgrade and on state-changing REST; same-host
 * pages (localhost, 127.0.0.1:<port>) and clients that send no Origin keep working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROUTES } from '../../../shared/api/contract'
import { startTestServer, type TestServer } from '../../helpers/server'
import { createWorkspace, inviteFrom, postJson, threeMembers } from '../../helpers/api'
import { fetchTicket, rawConnect } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'

const CREATE = { title: 'T', organisation: 'O', facilitatorName: 'F' }

describe('rate limits', () => {
  let server: TestServer
  let quick: TestServer
  let members: TestServer
  beforeAll(async () => {
    // long windows, so no window ends in the middle of a test on a slow machine; and a short one to watch recovery
    server = await startTestServer({ RATE_WINDOW_SECONDS: '600', RATE_CREATE_PER_IP: '3' })
    quick = await startTestServer({ RATE_WINDOW_SECONDS: '1', RATE_CREATE_PER_IP: '3' })
    members = await startTestServer({ RATE_WINDOW_SECONDS: '600', RATE_JOIN_PER_INVITE: '2', RATE_PREVIEW_PER_IP: '3', RATE_ACTIONS_PER_TOKEN: '3' })
  })
  afterAll(async () => {
    await server.stop()
    await quick.stop()
    await members.stop()
  })

  it('answers 429 with Retry-After once an address creates too many workspaces, and recovers after the window', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await postJson(`${server.url}${ROUTES.workspaces}`, CREATE)).status)
    expect(statuses).toEqual([201, 201, 201, 429])
    const refused = await postJson(`${server.url}${ROUTES.workspaces}`, CREATE)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(((await refused.json()) as { error: { code: string; message: string } }).error.message).toMatch(/^too many new workspaces from this address: try again in \d+ seconds$/)

    let sawLimit = false
    await waitFor(async () => {
      const status = (await postJson(`${quick.url}${ROUTES.workspaces}`, CREATE)).status
      if (status === 429) sawLimit = true
      return sawLimit && status === 201
    }, 'the limit to be reached and then recover', 20_000)
  })

  it('limits joins per invite link and invite checks per address', async () => {
    const created = await createWorkspace(members.url)
    const invite = inviteFrom(created.invites.participant)
    const joinOnce = () => postJson(`${members.url}${ROUTES.join(created.workspace.id)}`, { invite, displayName: 'P', stakeholderRole: 'teacher' })
    const joins = [await joinOnce(), await joinOnce(), await joinOnce()]
    expect(joins.map((r) => r.status)).toContain(429)
    const preview = () => postJson(`${members.url}${ROUTES.invitePreview(created.workspace.id)}`, { invite })
    const previews = [await preview(), await preview(), await preview(), await preview()]
    const last = previews.at(-1)!
    expect(last.status).toBe(429)
    expect(last.headers.get('retry-after')).toMatch(/^\d+$/)
  })

  it('limits server actions per member token, not per address', async () => {
    const created = await createWorkspace(members.url)
    const rotate = (token: string) => postJson(`${members.url}${ROUTES.rotateInvite(created.workspace.id, 'participant')}`, {}, token)
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await rotate(created.memberToken)).status)
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200])
    expect(statuses[3]).toBe(429)
    // another token from the same address is not held back
    expect((await rotate('another-token-that-is-unknown-0123')).status).toBe(401)
  })
})

describe('origin allow-list (default: the page must come from the host it talks to)', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.stop())

  it('refuses a websocket upgrade from a foreign Origin, even with a valid ticket', async () => {
    const { workspaceId, participant } = await threeMembers(server.url)
    const ticket = await fetchTicket(server.url, workspaceId, participant.memberToken)
    if (!ticket.ok) throw new Error('no ticket')
    await expect(rawConnect(server.url, `${workspaceId}/board`, { query: `?ticket=${ticket.ticket}` }, { origin: 'https://evil.example' })).rejects.toThrow('HTTP 403')
    const own = await rawConnect(server.url, `${workspaceId}/board`, participant.memberToken, { origin: server.url })
    own.ws.close()
  })

  it('refuses state-changing REST from a foreign Origin and accepts the app’s own', async () => {
    const foreign = await fetch(`${server.url}${ROUTES.workspaces}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: JSON.stringify(CREATE) })
    expect(foreign.status).toBe(403)
    const own = await fetch(`${server.url}${ROUTES.workspaces}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.url }, body: JSON.stringify(CREATE) })
    expect(own.status).toBe(201)
    const localhost = server.url.replace('127.0.0.1', 'localhost')
    const viaLocalhost = await fetch(`${localhost}${ROUTES.workspaces}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: localhost }, body: JSON.stringify(CREATE) })
    expect(viaLocalhost.status).toBe(201)
  })

  it('allows exactly the configured origins when ALLOWED_ORIGINS is set', async () => {
    const portal = await startTestServer({ ALLOWED_ORIGINS: 'https://rootwork.district.example, https://portal.district.example' })
    try {
      const post = (origin: string) => fetch(`${portal.url}${ROUTES.workspaces}`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify(CREATE) })
      expect((await post('https://portal.district.example')).status).toBe(201)
      expect((await post(portal.url)).status).toBe(403)
    } finally {
      await portal.stop()
    }
  })
})
