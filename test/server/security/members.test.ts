/**
 * Members and sessions, probed with raw clients against a real server: removal closes sockets and
 * ends every token of the member, idle tokens expire, one device signs out alone, tickets work once,
 * and a workspace never loses its last facilitator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROUTES, WorkspaceView } from '../../../shared/api/contract'
import { CLOSE } from '../../../shared/sync/close-codes'
import { hashToken } from '../../../server/auth/tokens'
import { startTestServer, type TestServer } from '../../helpers/server'
import { threeMembers } from '../../helpers/api'
import { connectSynced, fetchTicket, rawConnect } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'

const call = (base: string, method: string, path: string, token?: string, body?: unknown) =>
  fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })

describe('members and sessions', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.stop())

  it("closes a removed member's open sockets at once and refuses their token on REST and on the upgrade", async () => {
    const { workspaceId, facilitator, participant } = await threeMembers(server.url)
    const raw = await rawConnect(server.url, `${workspaceId}/board`, participant.memberToken)
    const client = await connectSynced(server.url, workspaceId, 'control', participant.memberToken)
    const spare = await fetchTicket(server.url, workspaceId, participant.memberToken)
    if (!spare.ok) throw new Error('no ticket')
    const res = await call(server.url, 'DELETE', ROUTES.member(workspaceId, participant.member.id), facilitator.memberToken)
    expect(res.status).toBe(200)
    expect(await raw.closed).toEqual({ code: CLOSE.removed, reason: 'you were removed from this workspace' })
    await waitFor(() => !client.provider.wsconnected && !client.provider.shouldConnect, 'the provider to stop')
    expect((await call(server.url, 'GET', ROUTES.workspace(workspaceId), participant.memberToken)).status).toBe(401)
    expect((await fetchTicket(server.url, workspaceId, participant.memberToken)).status).toBe(401)
    // a ticket minted before the removal is worthless after it: the upgrade checks the member again
    await expect(rawConnect(server.url, `${workspaceId}/board`, { query: `?ticket=${spare.ticket}` })).rejects.toThrow('HTTP 401')
    const view = WorkspaceView.parse(await (await call(server.url, 'GET', ROUTES.workspace(workspaceId), facilitator.memberToken)).json())
    expect(view.members.map((m) => m.id)).not.toContain(participant.member.id)
    client.destroy()
  })

  it('lets a member leave, but not remove anyone else unless they facilitate', async () => {
    const { workspaceId, participant, observer } = await threeMembers(server.url)
    expect((await call(server.url, 'DELETE', ROUTES.member(workspaceId, observer.member.id), participant.memberToken)).status).toBe(403)
    expect((await call(server.url, 'DELETE', ROUTES.member(workspaceId, participant.member.id), participant.memberToken)).status).toBe(200)
    expect((await call(server.url, 'GET', ROUTES.workspace(workspaceId), participant.memberToken)).status).toBe(401)
  })

  it('refuses a token left unused longer than the idle limit, and renews one in use', async () => {
    const { workspaceId, participant, observer } = await threeMembers(server.url)
    const longAgo = new Date(Date.now() - 31 * 86_400_000).toISOString()
    await server.storage.touchToken(hashToken(participant.memberToken), longAgo)
    const expired = await call(server.url, 'GET', ROUTES.workspace(workspaceId), participant.memberToken)
    expect(expired.status).toBe(401)
    expect(((await expired.json()) as { error: { message: string } }).error.message).toContain('expired after 30 days without use')
    expect((await fetchTicket(server.url, workspaceId, participant.memberToken)).status).toBe(401)

    const aWhileAgo = new Date(Date.now() - 29 * 86_400_000).toISOString()
    await server.storage.touchToken(hashToken(observer.memberToken), aWhileAgo)
    expect((await call(server.url, 'GET', ROUTES.workspace(workspaceId), observer.memberToken)).status).toBe(200)
    const renewed = await server.storage.tokenSession(hashToken(observer.memberToken))
    if (!renewed.ok || !renewed.value) throw new Error('observer token gone')
    expect(Date.parse(renewed.value.lastActiveAt)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('shows facilitators when each member was last active, and nobody else', async () => {
    const { workspaceId, facilitator, participant } = await threeMembers(server.url)
    const forFacilitator = WorkspaceView.parse(await (await call(server.url, 'GET', ROUTES.workspace(workspaceId), facilitator.memberToken)).json())
    expect(forFacilitator.members.every((m) => typeof m.lastActiveAt === 'string')).toBe(true)
    const forParticipant = WorkspaceView.parse(await (await call(server.url, 'GET', ROUTES.workspace(workspaceId), participant.memberToken)).json())
    expect(forParticipant.members.some((m) => m.lastActiveAt !== undefined)).toBe(false)
  })

  it('signs one device out and leaves the member’s other devices signed in', async () => {
    const { workspaceId, participant } = await threeMembers(server.url)
    const minted = await call(server.url, 'POST', ROUTES.devices(workspaceId), participant.memberToken, {})
    expect(minted.status).toBe(201)
    const laptop = ((await minted.json()) as { memberToken: string }).memberToken
    const onLaptop = await rawConnect(server.url, `${workspaceId}/board`, laptop)
    const onPhone = await rawConnect(server.url, `${workspaceId}/board`, participant.memberToken)
    expect((await call(server.url, 'POST', ROUTES.signOut(workspaceId), laptop, {})).status).toBe(200)
    expect((await onLaptop.closed).code).toBe(CLOSE.removed)
    expect((await call(server.url, 'GET', ROUTES.workspace(workspaceId), laptop)).status).toBe(401)
    expect((await call(server.url, 'GET', ROUTES.workspace(workspaceId), participant.memberToken)).status).toBe(200)
    expect(onPhone.ws.readyState).toBe(onPhone.ws.OPEN)
    onPhone.ws.close()
  })

  it('opens one socket per ticket: a used ticket, an expired ticket and another workspace’s ticket are refused', async () => {
    const a = await threeMembers(server.url)
    const b = await threeMembers(server.url)
    const ticket = await fetchTicket(server.url, a.workspaceId, a.participant.memberToken)
    if (!ticket.ok) throw new Error('no ticket')
    const first = await rawConnect(server.url, `${a.workspaceId}/board`, { query: `?ticket=${ticket.ticket}` })
    await expect(rawConnect(server.url, `${a.workspaceId}/board`, { query: `?ticket=${ticket.ticket}` })).rejects.toThrow('HTTP 401')
    first.ws.close()

    const other = await fetchTicket(server.url, a.workspaceId, a.participant.memberToken)
    if (!other.ok) throw new Error('no ticket')
    await expect(rawConnect(server.url, `${b.workspaceId}/board`, { query: `?ticket=${other.ticket}` })).rejects.toThrow('HTTP 403')

    const stale = 'stale-ticket-0123456789abcdef'
    await server.storage.addTicket({ ticketHash: hashToken(stale), tokenHash: hashToken(a.participant.memberToken), workspaceId: a.workspaceId, expiresAt: Date.now() - 1 }, 0)
    await expect(rawConnect(server.url, `${a.workspaceId}/board`, { query: `?ticket=${stale}` })).rejects.toThrow('HTTP 401')
  })

  it('refuses a member token in the websocket URL (tickets only, by default)', async () => {
    const { workspaceId, participant } = await threeMembers(server.url)
    await expect(rawConnect(server.url, `${workspaceId}/board`, { query: `?token=${participant.memberToken}` })).rejects.toThrow('HTTP 401')
  })

  it('keeps the last facilitator: they cannot demote themselves, leave or be removed (409 with a reason)', async () => {
    const { workspaceId, facilitator, participant } = await threeMembers(server.url)
    const demote = await call(server.url, 'PUT', ROUTES.memberRole(workspaceId, facilitator.member.id), facilitator.memberToken, { role: 'participant' })
    expect(demote.status).toBe(409)
    expect(((await demote.json()) as { error: { message: string } }).error.message).toContain('the last facilitator cannot stop being a facilitator')
    const leave = await call(server.url, 'DELETE', ROUTES.member(workspaceId, facilitator.member.id), facilitator.memberToken)
    expect(leave.status).toBe(409)
    expect(((await leave.json()) as { error: { message: string } }).error.message).toContain('the last facilitator cannot leave or be removed')

    // with a second facilitator, either may step down
    expect((await call(server.url, 'PUT', ROUTES.memberRole(workspaceId, participant.member.id), facilitator.memberToken, { role: 'facilitator' })).status).toBe(200)
    expect((await call(server.url, 'PUT', ROUTES.memberRole(workspaceId, facilitator.member.id), facilitator.memberToken, { role: 'participant' })).status).toBe(200)
    const lastOne = await call(server.url, 'DELETE', ROUTES.member(workspaceId, participant.member.id), participant.memberToken)
    expect(lastOne.status).toBe(409)
  })
})
