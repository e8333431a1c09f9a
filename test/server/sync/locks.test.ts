import { describe, expect, it } from 'vitest'
import { serverPerTest, storedDoc } from '../../helpers/fixtures'
import { threeMembers } from '../../helpers/api'
import { connectSynced } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'
import { setBoardLock } from '../../../shared/doc/control'

describe('board locks are enforced by the server', () => {
  const ctx = serverPerTest()

  it('refuses a participant’s write to a locked board, keeps other boards open, and never locks the facilitator', async () => {
    const { server } = ctx
    const stored = (key: string) => storedDoc(server.storage, key)
    const { workspaceId, facilitator, participant } = await threeMembers(server.url)
    const [control, coach, member] = ctx.track(
      await connectSynced(server.url, workspaceId, 'control', facilitator.memberToken),
      await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken),
      await connectSynced(server.url, workspaceId, 'board', participant.memberToken),
    )
    setBoardLock(control.doc, 'swot', true)
    await waitFor(async () => (await stored(`${workspaceId}/control`)).getMap('control').size > 0, 'lock stored')

    member.doc.getMap('notes').set('open', 'notes are not locked')
    await waitFor(() => coach.doc.getMap('notes').get('open'), 'an unlocked write to arrive')

    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      member.provider.once('connection-close', (e) => resolve({ code: e?.code ?? 0, reason: e?.reason ?? '' })),
    )
    member.doc.getMap('swot').set('sneaky', 'written during review')
    expect(await closed).toEqual({ code: 4409, reason: 'the swot board is locked for review by the facilitator' })

    coach.doc.getMap('swot').set('coach', 'facilitators may still edit')
    await waitFor(async () => (await stored(`${workspaceId}/board`)).getMap('swot').get('coach'), 'the facilitator write stored')
    expect((await stored(`${workspaceId}/board`)).getMap('swot').get('sneaky')).toBeUndefined()
    expect(coach.doc.getMap('swot').get('sneaky')).toBeUndefined()
  })
})
