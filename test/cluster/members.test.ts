/**
 * Sign-in state lives in PostgreSQL, so it holds across instances: a ticket minted on one instance
 * opens a socket on another (once), and removing a member on one instance closes their sockets on
 * the other and ends their token there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROUTES } from '../../shared/api/contract'
import { CLOSE } from '../../shared/sync/close-codes'
import { threeMembers } from '../helpers/api'
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
})
