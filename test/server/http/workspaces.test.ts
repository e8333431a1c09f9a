import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../../helpers/server'
import { createWorkspace, inviteFrom, join, postJson } from '../../helpers/api'
import { rawConnect } from '../../helpers/sync'

describe('workspace REST API', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.stop())

  it('creates a workspace and hands back a facilitator session and invite links', async () => {
    const created = await createWorkspace(server.url)
    expect(created.member.role).toBe('facilitator')
    expect(created.memberToken.length).toBeGreaterThanOrEqual(43) // 256 bits, base64url
    expect(created.personalLink).toContain(`/w/${created.workspace.id}#token=`)
    expect(created.invites.participant).toContain(`/join/${created.workspace.id}#invite=`)
    expect(created.invites.participant).not.toBe(created.invites.observer)
  })

  it('stores tokens hashed, never in the clear', async () => {
    const created = await createWorkspace(server.url)
    const found = await server.storage.listMembers(created.workspace.id)
    if (!found.ok) throw new Error(found.error.message)
    expect(found.value[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(found.value[0]?.tokenHash).not.toContain(created.memberToken)
  })

  it.each([
    ['a missing title', { organisation: 'X', facilitatorName: 'Y' }, 'title'],
    ['an empty organisation', { title: 'T', organisation: '  ', facilitatorName: 'Y' }, 'organisation'],
    ['a facilitator name that is too long', { title: 'T', organisation: 'X', facilitatorName: 'n'.repeat(81) }, 'facilitatorName'],
    ['an unknown field', { title: 'T', organisation: 'X', facilitatorName: 'Y', admin: true }, 'admin'],
    ['a stakeholder role not on the list', { title: 'T', organisation: 'X', facilitatorName: 'Y', stakeholderRole: 'king' }, 'stakeholderRole'],
  ])('rejects %s with a 400 naming the field', async (_label, body, field) => {
    const res = await postJson(`${server.url}/api/workspaces`, body)
    expect(res.status).toBe(400)
    const json = (await res.json()) as { error: { field?: string; message: string } }
    if (field) expect(json.error.field).toBe(field)
    else expect(json.error.message).toMatch(/admin|unrecognized/i)
  })

  it('rejects a body that is not JSON with a 400', async () => {
    const res = await fetch(`${server.url}/api/workspaces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":' })
    expect(res.status).toBe(400)
  })

  it('joins from a participant link with a name and a stakeholder role', async () => {
    const created = await createWorkspace(server.url)
    const session = await join(server.url, created, 'participant', 'Ana Principal', 'principal')
    expect(session.member).toMatchObject({ role: 'participant', displayName: 'Ana Principal', stakeholderRole: 'principal' })
    const view = await fetch(`${server.url}/api/workspaces/${created.workspace.id}`, { headers: { authorization: `Bearer ${session.memberToken}` } })
    expect(view.status).toBe(200)
    const body = (await view.json()) as { members: unknown[] }
    expect(body.members).toHaveLength(2)
  })

  it('rejects a join with a missing stakeholder role by naming the field', async () => {
    const created = await createWorkspace(server.url)
    const res = await postJson(`${server.url}/api/workspaces/${created.workspace.id}/join`, { invite: inviteFrom(created.invites.participant), displayName: 'X' })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe('stakeholderRole')
  })

  it.each([
    ['an unknown workspace', 'zzzzzzzzzzzz', 404],
    ['a malformed workspace id', 'x', 404],
  ])('answers %s with %i', async (_label, id, status) => {
    const res = await fetch(`${server.url}/api/workspaces/${id}`, { headers: { authorization: `Bearer ${'a'.repeat(43)}` } })
    expect(res.status).toBe(status)
  })

  it('answers a bad token with 401 and another workspace’s token with 403', async () => {
    const a = await createWorkspace(server.url)
    const b = await createWorkspace(server.url)
    const bad = await fetch(`${server.url}/api/workspaces/${a.workspace.id}`, { headers: { authorization: `Bearer ${'a'.repeat(43)}` } })
    expect(bad.status).toBe(401)
    const none = await fetch(`${server.url}/api/workspaces/${a.workspace.id}`)
    expect(none.status).toBe(401)
    const other = await fetch(`${server.url}/api/workspaces/${a.workspace.id}`, { headers: { authorization: `Bearer ${b.memberToken}` } })
    expect(other.status).toBe(403)
  })

  it('rotating an invite revokes the old link; only facilitators may rotate', async () => {
    const created = await createWorkspace(server.url)
    const participant = await join(server.url, created, 'participant', 'Pat')
    const forbidden = await postJson(`${server.url}/api/workspaces/${created.workspace.id}/invites/participant/rotate`, {}, participant.memberToken)
    expect(forbidden.status).toBe(403)
    const rotated = await postJson(`${server.url}/api/workspaces/${created.workspace.id}/invites/participant/rotate`, {}, created.memberToken)
    expect(rotated.status).toBe(200)
    const links = (await rotated.json()) as { participant: string; observer: string }
    expect(links.participant).not.toBe(created.invites.participant)
    expect(links.observer).toBe(created.invites.observer)
    await expect(join(server.url, created, 'participant', 'Late')).rejects.toThrow('403')
    const fresh = await join(server.url, { workspace: created.workspace, invites: { ...created.invites, participant: links.participant } }, 'participant', 'Late')
    expect(fresh.member.role).toBe('participant')
  })

  it('promoting a member to facilitator lets them write control after reconnecting', async () => {
    const created = await createWorkspace(server.url)
    const participant = await join(server.url, created, 'participant', 'Pat')
    const res = await fetch(`${server.url}/api/workspaces/${created.workspace.id}/members/${participant.member.id}/role`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${created.memberToken}` },
      body: JSON.stringify({ role: 'facilitator' }),
    })
    expect(res.status).toBe(200)
    const view = await fetch(`${server.url}/api/workspaces/${created.workspace.id}`, { headers: { authorization: `Bearer ${participant.memberToken}` } })
    expect(((await view.json()) as { me: { role: string } }).me.role).toBe('facilitator')
    const raw = await rawConnect(server.url, `${created.workspace.id}/control`, participant.memberToken)
    raw.ws.close()
  })
})
