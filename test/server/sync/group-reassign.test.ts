import { describe, expect, it } from 'vitest'
import { serverPerTest } from '../../helpers/fixtures'
import { threeMembers } from '../../helpers/api'
import { connectSynced } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'
import { endBreakouts, moveToGroup, startBreakouts } from '../../../shared/doc/control'

describe('breakout group write access follows the current assignment', () => {
  const ctx = serverPerTest()

  it('a member moved to another group stops receiving and can no longer write the old group’s board on an already-open socket', async () => {
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

    const closed = new Promise<number>((resolve) => member.provider.once('connection-close', (e) => resolve(e?.code ?? 0)))
    moveToGroup(control.doc, participant.member.id, 'group-two')
    // the open socket to the old group's board is closed as soon as the server sees the move
    expect(await closed).toBe(4403)
    member.provider.disconnect()
    coach.doc.getMap('notes').set('secret', 'said after the move')
    await waitFor(async () => {
      const log = await server.storage.loadDoc(`${workspaceId}/group/group-one`)
      return log.ok && log.value.updates.length >= 2
    }, 'the coach’s note stored')
    expect(member.doc.getMap('notes').get('secret')).toBeUndefined()
    member.doc.getMap('notes').set('second', 'after the move')
    expect(coach.doc.getMap('notes').get('second')).toBeUndefined()
  })

  it('a participant reading another group’s board on the gallery walk is closed when a new breakout round starts, and hears nothing after', async () => {
    const { server } = ctx
    const { workspaceId, facilitator, participant } = await threeMembers(server.url)
    const control = await connectSynced(server.url, workspaceId, 'control', facilitator.memberToken)
    ctx.track(control)
    const groups = [
      { id: 'group-one', name: 'Group 1', memberIds: [participant.member.id] },
      { id: 'group-two', name: 'Group 2', memberIds: [] },
    ]
    expect(startBreakouts(control.doc, 'cross-role', groups).ok).toBe(true)
    endBreakouts(control.doc)
    await waitFor(async () => {
      const log = await server.storage.loadDoc(`${workspaceId}/control`)
      return log.ok && log.value.updates.length >= 2
    }, 'the ended round stored')
    const coach = await connectSynced(server.url, workspaceId, 'group/group-two', facilitator.memberToken)
    ctx.track(coach)
    coach.doc.getMap('notes').set('shared', 'visible on the gallery walk')
    const visitor = await connectSynced(server.url, workspaceId, 'group/group-two', participant.memberToken)
    ctx.track(visitor)
    await waitFor(() => visitor.doc.getMap('notes').get('shared'), 'the gallery visitor reads the board')

    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      visitor.provider.once('connection-close', (e) => resolve({ code: e?.code ?? 0, reason: e?.reason ?? '' })),
    )
    expect(startBreakouts(control.doc, 'role-alike', groups).ok).toBe(true)
    expect(await closed).toEqual({ code: 4403, reason: 'a new breakout round has started: this group’s board is closed to you' })
    visitor.provider.disconnect()
    coach.doc.getMap('notes').set('secret', 'said in the new round')
    await waitFor(async () => {
      const log = await server.storage.loadDoc(`${workspaceId}/group/group-two`)
      return log.ok && log.value.updates.length >= 2
    }, 'the coach’s note stored')
    expect(visitor.doc.getMap('notes').get('secret')).toBeUndefined()
  })
})
