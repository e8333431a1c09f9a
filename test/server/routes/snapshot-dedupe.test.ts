import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addPlanItem } from '../../../shared/doc/plan'
import { readPlan } from '../../../shared/plan/read'
import { SnapshotDetail, SnapshotList, SNAPSHOT_ROUTES } from '../../../shared/plan/snapshot-api'
import { postJson, threeMembers } from '../../helpers/api'
import { startTestServer, type TestServer } from '../../helpers/server'
import { connectSynced, type Client } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'

describe('snapshots under double clicks and two facilitators', () => {
  let server: TestServer
  let members: Awaited<ReturnType<typeof threeMembers>>
  const clients: Client[] = []
  beforeAll(async () => {
    server = await startTestServer()
    members = await threeMembers(server.url)
  })
  afterAll(async () => {
    for (const c of clients) c.destroy()
    await server.stop()
  })
  const snapshot = (summary: string) => postJson(`${server.url}${SNAPSHOT_ROUTES.list(members.workspaceId)}`, { summary }, members.facilitator.memberToken)
  const versions = async () =>
    SnapshotList.parse(await (await fetch(`${server.url}${SNAPSHOT_ROUTES.list(members.workspaceId)}`, { headers: { authorization: `Bearer ${members.observer.memberToken}` } })).json()).snapshots

  it('makes one version when the same snapshot is asked for twice at once, and a new one after the board changes', async () => {
    const [a, b] = await Promise.all([snapshot('After the session'), snapshot('After the session')])
    const statuses = [a.status, b.status].sort()
    expect(statuses).toEqual([200, 201])
    const [va, vb] = [SnapshotDetail.parse(await a.json()), SnapshotDetail.parse(await b.json())]
    expect(va.version).toBe(1)
    expect(vb.version).toBe(1)
    expect((await versions()).length).toBe(1)

    const editor = await connectSynced(server.url, members.workspaceId, 'board', members.participant.memberToken)
    clients.push(editor)
    expect(addPlanItem(editor.doc, 'priority', { id: 'prio-1', texts: { title: 'Attendance' } }).ok).toBe(true)
    const watcher = await connectSynced(server.url, members.workspaceId, 'board', members.observer.memberToken)
    clients.push(watcher)
    await waitFor(() => readPlan(watcher.doc).priorities.length === 1, 'the edit on the server')
    const after = await snapshot('With a priority')
    expect(after.status).toBe(201)
    expect(SnapshotDetail.parse(await after.json()).version).toBe(2)
  })
})
