import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { storedDoc } from '../../helpers/fixtures'
import { startTestServer, tempDir, type TestServer } from '../../helpers/server'
import { threeMembers } from '../../helpers/api'
import { connectSynced, type Client } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'

describe('the board document over real websockets', () => {
  let server: TestServer
  const clients: Client[] = []
  beforeEach(async () => {
    server = await startTestServer()
  })
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy()
    await server.stop()
  })

  it('two clients editing different items converge without losing either edit', async () => {
    const { workspaceId, facilitator, participant } = await threeMembers(server.url)
    const a = await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken)
    const b = await connectSynced(server.url, workspaceId, 'board', participant.memberToken)
    clients.push(a, b)
    a.doc.getMap('notes').set('from-a', 'Attendance dipped in spring')
    b.doc.getMap('notes').set('from-b', 'Math PLC meets monthly')
    await waitFor(() => a.doc.getMap('notes').size === 2 && b.doc.getMap('notes').size === 2, 'both edits everywhere')
    expect(a.doc.getMap('notes').toJSON()).toEqual(b.doc.getMap('notes').toJSON())
  })

  it('concurrent typing in the same text merges both insertions', async () => {
    const { workspaceId, facilitator, participant } = await threeMembers(server.url)
    const a = await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken)
    const b = await connectSynced(server.url, workspaceId, 'board', participant.memberToken)
    clients.push(a, b)
    a.doc.getText('t').insert(0, 'why? ')
    await waitFor(() => b.doc.getText('t').toString() === 'why? ', 'first text')
    a.doc.getText('t').insert(5, 'AAA')
    b.doc.getText('t').insert(5, 'BBB')
    await waitFor(() => a.doc.getText('t').length === 11 && b.doc.getText('t').length === 11, 'both insertions')
    expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString())
  })

  it('keeps the document across a server restart', async () => {
    const dataDir = tempDir()
    await server.stop()
    server = await startTestServer({}, dataDir)
    const { workspaceId, facilitator } = await threeMembers(server.url)
    const a = await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken)
    a.doc.getMap('notes').set('kept', 'yes')
    a.doc.getText('story').insert(0, 'Seventh-grade math proficiency fell')
    await waitFor(async () => (await server.storage.loadDoc(`${workspaceId}/board`)).ok, 'stored')
    a.destroy()
    await server.stop({ keepData: true })

    server = await startTestServer({}, dataDir)
    const fresh = await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken)
    clients.push(fresh)
    expect(fresh.doc.getMap('notes').get('kept')).toBe('yes')
    expect(fresh.doc.getText('story').toString()).toBe('Seventh-grade math proficiency fell')
  })

  it('answers a new client only after the stored document has loaded', async () => {
    const dataDir = tempDir()
    await server.stop()
    server = await startTestServer({}, dataDir)
    const { workspaceId, facilitator } = await threeMembers(server.url)
    const a = await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken)
    for (let i = 0; i < 200; i++) a.doc.getMap('items').set(`i${i}`, i)
    await waitFor(async () => (await storedDoc(server.storage, `${workspaceId}/board`)).getMap('items').size === 200, 'all 200 stored')
    a.destroy()
    await server.stop({ keepData: true })
    server = await startTestServer({}, dataDir)
    const fresh = await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken)
    clients.push(fresh)
    // at the moment "synced" fires, the full content is already there
    expect(fresh.doc.getMap('items').size).toBe(200)
  })
})
