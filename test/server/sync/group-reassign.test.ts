import { describe, expect, it } from 'vitest'
import { serverPerTest } from '../../helpers/fixtures'
import { threeMembers } from '../../helpers/api'
import { connectSynced } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'
import { moveToGroup, startBreakouts } from '../../../shared/doc/control'

describe('breakout group write access follows the current assignment', () => {
  const ctx = serverPerTest()

  it('a member moved to another group can no longer write the old group’s board', async () => {
    const { server } = ctx
    const { workspaceId, facilitator, participant } = await threeMembers(server.url)
    const control = await connectSynced(server.url, workspaceId, 'control', facilitator.memberToken)
    ctx.track(control)
    const started = startBreakouts(control.doc, 'cross-role', [
      { id: 'group-one', name: 'Group 1', memberIds: [participant.member.id] },
      { id: 'group-two', name: 'Group 2', memberIds: [] },
    ])
    expect(started.ok).toBe(true)
    const coach = await connectSynced(server.url, workspaceId, 'group/group-one', facilitator.memberToken)
    ctx.track(coach)
    await waitFor(async () => {
      const log = await server.storage.loadDoc(`${workspaceId}/control`)
      return log.ok && log.value.updates.length > 0
    }, 'the assignment stored')
    const member = await connectSynced(server.url, workspaceId, 'group/group-one', participant.memberToken)
    ctx.track(member)
    member.doc.getMap('notes').set('first', 'while in group one')
    await waitFor(() => coach.doc.getMap('notes').get('first'), 'the first note')

    moveToGroup(control.doc, participant.member.id, 'group-two')
    const closed = new Promise<number>((resolve) => member.provider.once('connection-close', (e) => resolve(e?.code ?? 0)))
    // the server must have the move before the next write is judged
    await waitFor(async () => {
      const found = await server.relay.registry.withDoc(`${workspaceId}/control`, (live) => live.doc.getMap('control').get(`assign/${participant.member.id}`))
      return found.ok && found.value === 'group-two'
    }, 'the server to see the move')
    member.doc.getMap('notes').set('second', 'after the move')
    expect(await closed).toBe(4409)
    expect(coach.doc.getMap('notes').get('second')).toBeUndefined()
  })
})
