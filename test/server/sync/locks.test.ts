import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { startTestServer, type TestServer } from '../../helpers/server'
import { threeMembers } from '../../helpers/api'
import { connectSynced, type Client } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'
import { setBoardLock } from '../../../shared/doc/control'

async function stored(server: TestServer, key: string): Promise<Y.Doc> {
  const log = await server.storage.loadDoc(key)
  if (!log.ok) throw new Error(log.error.message)
  const d = new Y.Doc()
  for (const u of log.value.updates) Y.applyUpdate(d, u)
  return d
}

describe('board locks are enforced by the server', () => {
  let server: TestServer
  const clients: Client[] = []
  beforeEach(async () => {
    server = await startTestServer()
  })
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy()
    await server.stop()
  })

  it('refuses a participant’s write to a locked board, keeps other boards open, and never locks the facilitator', async () => {
    const { workspaceId, facilitator, participant } = await threeMembers(server.url)
    const control = await connectSynced(server.url, workspaceId, 'control', facilitator.memberToken)
    const coach = await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken)
    const member = await connectSynced(server.url, workspaceId, 'board', participant.memberToken)
    clients.push(control, coach, member)
    setBoardLock(control.doc, 'swot', true)
    await waitFor(async () => (await stored(server, `${workspaceId}/control`)).getMap('control').size > 0, 'lock stored')

    member.doc.getMap('notes').set('open', 'notes are not locked')
    await waitFor(() => coach.doc.getMap('notes').get('open'), 'an unlocked write to arrive')

    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      member.provider.once('connection-close', (e) => resolve({ code: e?.code ?? 0, reason: e?.reason ?? '' })),
    )
    member.doc.getMap('swot').set('sneaky', 'written during review')
    expect(await closed).toEqual({ code: 4409, reason: 'the swot board is locked for review by the facilitator' })

    coach.doc.getMap('swot').set('coach', 'facilitators may still edit')
    await waitFor(async () => (await stored(server, `${workspaceId}/board`)).getMap('swot').get('coach'), 'the facilitator write stored')
    expect((await stored(server, `${workspaceId}/board`)).getMap('swot').get('sneaky')).toBeUndefined()
    expect(coach.doc.getMap('swot').get('sneaky')).toBeUndefined()
  })
})
