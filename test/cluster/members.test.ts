/**
 * Sign-in state lives in PostgreSQL, so it holds across instances: a ticket minted on one instance
 * opens a socket on another (once), and removing a member on one instance closes their sockets on
 * the other and ends their token there. Two facilitators stepping down at once on two instances
 * never leave a workspace without one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROUTES } from '../../shared/api/contract'
import { CLOSE } from '../../shared/sync/close-codes'
import { createWorkspace, join, threeMembers } from '../helpers/api'
import { startDevServices, startInstance, type DevServices, type Instance } from '../helpers/cluster'
import { fetchTicket, rawConnect } from '../helpers/sync'

describe('members across instances', () => {
  let services: DevServices
  let one: Instance
  let two: Instance
  beforeAll(async () => {
    services = await startDevServices()
    ;[one, two] = await Promise.all([startInstance(services), startInstance(services)])
  })
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()])
    await services?.stop()
  })

  it('opens a socket on one instance with a ticket minted on another, and only once', async () => {
    const { workspaceId, participant } = await threeMembers(one.url)
    const ticket = await fetchTicket(one.url, workspaceId, participant.memberToken)
    if (!ticket.ok) throw new Error('no ticket')
    const socket = await rawConnect(two.url, `${workspaceId}/board`, { query: `?ticket=${ticket.ticket}` })
    await expect(rawConnect(one.url, `${workspaceId}/board`, { query: `?ticket=${ticket.ticket}` })).rejects.toThrow('HTTP 401')
    socket.ws.close()
  })

  it("closes a removed member's sockets on every instance and refuses their token everywhere", async () => {
    const { workspaceId, facilitator, participant } = await threeMembers(one.url)
    const onOne = await rawConnect(one.url, `${workspaceId}/board`, participant.memberToken)
    const onTwo = await rawConnect(two.url, `${workspaceId}/control`, participant.memberToken)
    const res = await fetch(`${one.url}${ROUTES.member(workspaceId, participant.member.id)}`, { method: 'DELETE', headers: { authorization: `Bearer ${facilitator.memberToken}` } })
    expect(res.status).toBe(200)
    expect((await onOne.closed).code).toBe(CLOSE.removed)
    expect((await onTwo.closed).code).toBe(CLOSE.removed)
    for (const instance of [one, two]) {
      expect((await fetch(`${instance.url}${ROUTES.workspace(workspaceId)}`, { headers: { authorization: `Bearer ${participant.memberToken}` } })).status).toBe(401)
      expect((await fetchTicket(instance.url, workspaceId, participant.memberToken)).status).toBe(401)
    }
  })

  it("closes a signed-out device's sockets on the other instance and keeps the member's other device", async () => {
    const { workspaceId, participant } = await threeMembers(one.url)
    const minted = await fetch(`${one.url}${ROUTES.devices(workspaceId)}`, { method: 'POST', headers: { authorization: `Bearer ${participant.memberToken}` } })
    const laptop = ((await minted.json()) as { memberToken: string }).memberToken
    const laptopSocket = await rawConnect(two.url, `${workspaceId}/board`, laptop)
    const phoneSocket = await rawConnect(two.url, `${workspaceId}/board`, participant.memberToken)
    expect((await fetch(`${one.url}${ROUTES.signOut(workspaceId)}`, { method: 'POST', headers: { authorization: `Bearer ${laptop}` } })).status).toBe(200)
    expect((await laptopSocket.closed).code).toBe(CLOSE.removed)
    expect(phoneSocket.ws.readyState).toBe(phoneSocket.ws.OPEN)
    phoneSocket.ws.close()
  })

  it('two facilitators stepping down at the same moment on two instances: one succeeds, the other is told why, a facilitator remains', async () => {
    const stepDown = (base: string, workspaceId: string, memberId: string, token: string, leave: boolean) =>
      fetch(`${base}${leave ? ROUTES.member(workspaceId, memberId) : ROUTES.memberRole(workspaceId, memberId)}`, {
        method: leave ? 'DELETE' : 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(leave ? {} : { body: JSON.stringify({ role: 'participant' }) }),
      })
    // several workspaces at once, so the two requests really do overlap in PostgreSQL
    const rounds = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const created = await createWorkspace(one.url, `Race ${i}`)
        const second = await join(one.url, created, 'participant', 'Second Coach')
        const promoted = await fetch(`${one.url}${ROUTES.memberRole(created.workspace.id, second.member.id)}`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${created.memberToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ role: 'facilitator' }),
        })
        expect(promoted.status).toBe(200)
        const leave = i % 2 === 0
        const answers = await Promise.all([
          stepDown(one.url, created.workspace.id, created.member.id, created.memberToken, leave),
          stepDown(two.url, created.workspace.id, second.member.id, second.memberToken, leave),
        ])
        const view = await fetch(`${one.url}${ROUTES.workspace(created.workspace.id)}`, {
          headers: { authorization: `Bearer ${answers[0].status === 200 ? second.memberToken : created.memberToken}` },
        })
        const members = ((await view.json()) as { members: { role: string }[] }).members
        const refused = answers.find((a) => a.status === 409)
        const reason = refused ? ((await refused.json()) as { error: { message: string } }).error.message : ''
        return { statuses: answers.map((a) => a.status).sort(), facilitators: members.filter((m) => m.role === 'facilitator').length, reason }
      }),
    )
    for (const r of rounds) {
      expect(r.statuses).toEqual([200, 409])
      expect(r.facilitators).toBe(1)
      expect(r.reason).toMatch(/^the last facilitator cannot (leave or be removed|stop being a facilitator): promote another member to facilitator first$/)
    }
  })
})
