import { CLOSE } from '../../shared/sync/close-codes'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Client } from '../helpers/sync'
import { connectSynced } from '../helpers/sync'
import { join, threeMembers } from '../helpers/api'
import { waitFor } from '../helpers/wait'
import {
  bundleServer,
  spawnInstance,
  startDevServices,
  startInstance,
  startTcpProxy,
  type ChildInstance,
  type DevServices,
  type Instance,
  type ServerBundle,
  type TcpProxy,
} from '../helpers/cluster'

const userName = (watcher: Client, clientId: number) =>
  (watcher.provider.awareness.getStates().get(clientId) as { user?: { name?: string } } | undefined)?.user?.name
const keys = (c: Client, prefix = '') => [...c.doc.getMap('burst').keys()].filter((k) => k.startsWith(prefix)).sort()

/** writes `${prefix}${i}` keys until stopped, a few hundred a second */
function burst(client: Client, prefix: string) {
  let writing = true
  let i = 0
  const done = (async () => {
    while (writing) {
      client.doc.getMap('burst').set(`${prefix}${i++}`, i)
      await new Promise((r) => setTimeout(r, 2))
    }
  })()
  return { stop: () => ((writing = false), done), count: () => i }
}

describe('several instances on one PostgreSQL and Redis', () => {
  let services: DevServices
  let bundle: ServerBundle
  const cleanup: (() => Promise<unknown> | unknown)[] = []
  beforeAll(async () => {
    ;[services, bundle] = await Promise.all([startDevServices(), bundleServer()])
  })
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })
  afterAll(async () => {
    bundle?.remove()
    await services?.stop()
  })
  const track = <T extends { destroy(): void } | Instance | TcpProxy>(thing: T): T => {
    cleanup.push(() => ('destroy' in thing ? thing.destroy() : 'stop' in thing ? thing.stop() : thing.close()))
    return thing
  }

  it('clients connected to different instances converge on the board and see each other’s presence', async () => {
    const [one, two] = [track(await startInstance(services)), track(await startInstance(services))]
    const { workspaceId, facilitator, participant } = await threeMembers(one.url)
    const a = track(await connectSynced(one.url, workspaceId, 'board', facilitator.memberToken))
    const b = track(await connectSynced(two.url, workspaceId, 'board', participant.memberToken))

    a.doc.getText('vision').insert(0, 'Every student ')
    b.doc.getText('vision').insert(0, 'reads. ')
    const [writesA, writesB] = [burst(a, 'a'), burst(b, 'b')]
    await waitFor(() => writesA.count() > 80 && writesB.count() > 80, 'both bursts')
    await Promise.all([writesA.stop(), writesB.stop()])
    await waitFor(() => keys(a).length === writesA.count() + writesB.count() && keys(b).length === keys(a).length, 'both bursts on both instances')
    expect(keys(a)).toEqual(keys(b))
    expect(b.doc.getText('vision').toString()).toBe(a.doc.getText('vision').toString())

    a.provider.awareness.setLocalStateField('user', { name: 'spoofed' })
    b.provider.awareness.setLocalStateField('cursor', { x: 1 })
    expect(await waitFor(() => userName(b, a.doc.clientID), 'a’s presence on the other instance')).toBe('Coach Kim')
    expect(await waitFor(() => userName(a, b.doc.clientID), 'b’s presence on the other instance')).toBe('Pat Participant')
    a.provider.disconnect()
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'a’s presence to leave the other instance')
  }, 30_000)

  it('a role change made through one instance reconnects the member on every instance with the new role', async () => {
    const [one, two] = [track(await startInstance(services)), track(await startInstance(services))]
    const { workspaceId, facilitator, participant } = await threeMembers(one.url)
    const demoted = track(await connectSynced(two.url, workspaceId, 'board', participant.memberToken))
    const coach = track(await connectSynced(one.url, workspaceId, 'board', facilitator.memberToken))
    const closed = new Promise<number>((resolve) => demoted.provider.once('connection-close', (e) => resolve(e?.code ?? 0)))
    const res = await fetch(`${one.url}/api/workspaces/${workspaceId}/members/${participant.member.id}/role`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${facilitator.memberToken}` },
      body: JSON.stringify({ role: 'observer' }),
    })
    expect(res.status).toBe(200)
    expect(await closed).toBe(CLOSE.roleChanged)
    await waitFor(() => demoted.provider.wsconnected && demoted.provider.synced, 'the member to reconnect')
    demoted.doc.getMap('notes').set('after-demotion', 'not saved')
    coach.doc.getMap('notes').set('marker', 'later')
    await waitFor(() => demoted.doc.getMap('notes').get('marker'), 'the later write to arrive')
    expect(coach.doc.getMap('notes').get('after-demotion')).toBeUndefined()
  })

  it('a graceful stop closes with 1012, its clients move to the other instance, and its presence leaves at once', async () => {
    const patient = { INSTANCE_TIMEOUT_MS: '60000' }
    const [one, two] = [await startInstance(services, patient), track(await startInstance(services, patient))]
    let oneStopped = false
    cleanup.push(() => oneStopped || one.stop())
    expect(await (await fetch(`${one.url}/api/ready`)).json()).toEqual({ ok: true, storage: true, broker: true, draining: false })
    const viaOne = track(await startTcpProxy({ backends: () => [one.port, two.port], strategy: 'in-order' }))
    const { workspaceId, facilitator, participant, observer } = await threeMembers(two.url)
    const a = track(await connectSynced(viaOne.url, workspaceId, 'board', facilitator.memberToken))
    const gone = track(await connectSynced(one.url, workspaceId, 'board', observer.memberToken))
    const b = track(await connectSynced(two.url, workspaceId, 'board', participant.memberToken))
    gone.provider.awareness.setLocalStateField('cursor', { x: 1 })
    await waitFor(() => userName(b, gone.doc.clientID), 'presence from the first instance')

    const closed = new Promise<number>((resolve) => a.provider.once('connection-close', (e) => resolve(e?.code ?? 0)))
    await one.stop()
    oneStopped = true
    expect(await closed).toBe(1012)
    // the stopped instance removed its clients and said goodbye: no waiting for a heartbeat to lapse (60 s here)
    await waitFor(() => !b.provider.awareness.getStates().has(gone.doc.clientID), 'presence of the stopped instance to leave')
    a.doc.getMap('notes').set('after-restart', 'still here')
    await waitFor(() => b.doc.getMap('notes').get('after-restart'), 'a’s edit through the other instance')
  })

  it('kill -9 of one instance mid-burst: its clients move to the other, nothing anyone saw is lost, and a third instance serves the result', async () => {
    const limits = { RATE_BURST: '100000', RATE_PER_SECOND: '100000', COMPACT_AFTER: '40' }
    const first: ChildInstance = await spawnInstance(bundle, services, limits)
    cleanup.push(() => first.kill('SIGKILL'))
    const second: ChildInstance = await spawnInstance(bundle, services, limits)
    cleanup.push(() => second.kill('SIGTERM'))
    // a load balancer per client: each prefers "its" instance and falls back to the other
    const viaFirst = track(await startTcpProxy({ backends: () => [first.port, second.port], strategy: 'in-order' }))
    const viaSecond = track(await startTcpProxy({ backends: () => [second.port, first.port], strategy: 'in-order' }))
    const { workspaceId, created, facilitator, participant } = await threeMembers(first.url)
    const watcherSession = await join(second.url, created, 'observer', 'Wes Watcher')
    const a = track(await connectSynced(viaFirst.url, workspaceId, 'board', facilitator.memberToken))
    const b = track(await connectSynced(viaSecond.url, workspaceId, 'board', participant.memberToken))
    const leaving = track(await connectSynced(viaFirst.url, workspaceId, 'board', watcherSession.memberToken))
    a.provider.awareness.setLocalStateField('cursor', { x: 1 })
    leaving.provider.awareness.setLocalStateField('cursor', { x: 2 })
    await waitFor(() => userName(b, leaving.doc.clientID) && userName(b, a.doc.clientID), 'presence of the first instance’s clients')

    const [writesA, writesB] = [burst(a, 'a'), burst(b, 'b')]
    await waitFor(() => keys(b, 'a').length > 150 && keys(a, 'b').length > 150, 'the burst to cross instances')
    viaFirst.hold() // reconnections wait until the check below has run
    await first.kill('SIGKILL')
    const receivedByB = keys(b, 'a')
    const receivedByA = keys(a, 'b')
    leaving.destroy()

    const fresh = track(await connectSynced(second.url, workspaceId, 'board', facilitator.memberToken))
    const stored = new Set(keys(fresh))
    expect(receivedByB.filter((k) => !stored.has(k))).toEqual([])
    expect(receivedByA.filter((k) => !stored.has(k))).toEqual([])
    await waitFor(() => !b.provider.awareness.getStates().has(leaving.doc.clientID), 'the dead instance’s presence to go')

    viaFirst.release()
    const writtenBeforeReconnect = writesA.count()
    await waitFor(() => keys(b, 'a').length > writtenBeforeReconnect, 'a to write through the surviving instance')
    await Promise.all([writesA.stop(), writesB.stop()])
    const total = writesA.count() + writesB.count()
    await waitFor(() => keys(a).length === total && keys(b).length === total && keys(fresh).length === total, 'every client to converge')
    expect(await waitFor(() => userName(b, a.doc.clientID), 'a’s presence back via the surviving instance')).toBe('Coach Kim')

    const third = track(await startInstance(services))
    const late = track(await connectSynced(third.url, workspaceId, 'board', facilitator.memberToken))
    expect(keys(late)).toEqual(keys(b))
    late.doc.getMap('burst').set('from-third', 1)
    b.doc.getMap('burst').set('to-third', 1)
    await waitFor(() => b.doc.getMap('burst').has('from-third') && late.doc.getMap('burst').has('to-third'), 'the third instance to join the fan-out')
    expect(await waitFor(() => userName(late, a.doc.clientID), 'presence held elsewhere, asked for by the new instance')).toBe('Coach Kim')
  }, 45_000)
})
