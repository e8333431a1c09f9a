import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { endBreakouts, readControl, startBreakouts } from '../../../shared/doc/control'
import { boardRoot } from '../../../shared/doc/schema'
import { encodeSyncMessage, SYNC } from '../../../server/sync/protocol'
import { createWorkspace, join } from '../../helpers/api'
import { startTestServer, type TestServer } from '../../helpers/server'
import { connectSynced, rawConnect, type Client } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'

const GROUP_1 = 'group-one'
const GROUP_2 = 'group-two'

/** An update that writes one note key into a fresh document's notes root. */
function noteUpdate(key: string, value: string): Uint8Array {
  const d = new Y.Doc()
  boardRoot(d, 'notes').set(key, value)
  return Y.encodeStateAsUpdate(d)
}

async function stored(server: TestServer, workspaceId: string, docName: string): Promise<Y.Doc> {
  const log = await server.storage.loadDoc(`${workspaceId}/${docName}`)
  if (!log.ok) throw new Error(log.error.message)
  const d = new Y.Doc()
  for (const u of log.value.updates) Y.applyUpdate(d, u)
  return d
}

const notes = (doc: Y.Doc) => boardRoot(doc, 'notes')

describe('breakout group documents, tried with raw clients against a real relay', () => {
  let server: TestServer
  const clients: Client[] = []
  beforeEach(async () => {
    server = await startTestServer()
  })
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy()
    await server.stop()
  })

  /** A facilitator, two participants of different roles and an observer; breakouts assigned in control. */
  async function symposium() {
    const facilitator = await createWorkspace(server.url, 'Symposium')
    const workspaceId = facilitator.workspace.id
    const teacher = await join(server.url, facilitator, 'participant', 'Tess Teacher', 'teacher')
    const principal = await join(server.url, facilitator, 'participant', 'Paz Principal', 'principal')
    const observer = await join(server.url, facilitator, 'observer', 'Rae Reflector', 'researcher')
    const control = await connectSynced(server.url, workspaceId, 'control', facilitator.memberToken)
    clients.push(control)
    const started = startBreakouts(control.doc, 'cross-role', [
      { id: GROUP_1, name: 'Group 1', memberIds: [teacher.member.id] },
      { id: GROUP_2, name: 'Group 2', memberIds: [principal.member.id] },
    ])
    expect(started.ok).toBe(true)
    await waitFor(async () => readControl(await stored(server, workspaceId, 'control')).breakout?.groups.length === 2, 'breakouts stored')
    return { workspaceId, facilitator, teacher, principal, observer, control }
  }

  it("refuses a participant's write to control: neither peers nor storage see it", async () => {
    const { workspaceId, teacher, control } = await symposium()
    const raw = await rawConnect(server.url, `${workspaceId}/control`, teacher.memberToken)
    const forged = new Y.Doc()
    forged.getMap('control').set('assign/' + teacher.member.id, GROUP_2)
    raw.ws.send(encodeSyncMessage(SYNC.update, Y.encodeStateAsUpdate(forged)))
    await waitFor(() => raw.messages.some((m) => m[0] === 2), 'permission-denied notice')
    // a later facilitator write proves the relay processed everything sent before it
    control.doc.getMap('control').set('anonymity', 'anonymous')
    await waitFor(async () => readControl(await stored(server, workspaceId, 'control')).anonymity === 'anonymous', 'marker stored')
    const state = readControl(await stored(server, workspaceId, 'control'))
    expect(state.breakout?.groups.find((g) => g.id === GROUP_1)?.memberIds).toEqual([teacher.member.id])
    expect(readControl(control.doc).breakout?.groups.find((g) => g.id === GROUP_2)?.memberIds).not.toContain(teacher.member.id)
    raw.ws.close()
  })

  it('lets a member of group 1 write group 1, and the facilitator sees it live', async () => {
    const { workspaceId, facilitator, teacher } = await symposium()
    const watcher = await connectSynced(server.url, workspaceId, `group/${GROUP_1}`, facilitator.memberToken)
    const member = await connectSynced(server.url, workspaceId, `group/${GROUP_1}`, teacher.memberToken)
    clients.push(watcher, member)
    notes(member.doc).set('idea', 'pair new teachers with mentors')
    await waitFor(() => notes(watcher.doc).get('idea') === 'pair new teachers with mentors', 'facilitator sees the note')
    await waitFor(async () => notes(await stored(server, workspaceId, `group/${GROUP_1}`)).get('idea'), 'note stored')
  })

  it('refuses a member of group 1 at the door of group 2 (403), before any document byte', async () => {
    const { workspaceId, teacher, principal } = await symposium()
    await expect(rawConnect(server.url, `${workspaceId}/group/${GROUP_2}`, teacher.memberToken)).rejects.toThrow('HTTP 403')
    await expect(rawConnect(server.url, `${workspaceId}/group/${GROUP_1}`, principal.memberToken)).rejects.toThrow('HTTP 403')
    expect(notes(await stored(server, workspaceId, `group/${GROUP_2}`)).size).toBe(0)
  })

  it('refuses every group to a participant before any breakout assigns them', async () => {
    const facilitator = await createWorkspace(server.url, 'No breakouts yet')
    const teacher = await join(server.url, facilitator, 'participant', 'Tess Teacher', 'teacher')
    await expect(rawConnect(server.url, `${facilitator.workspace.id}/group/${GROUP_1}`, teacher.memberToken)).rejects.toThrow('HTTP 403')
  })

  it('lets an observer read every group but drops their writes: no peer and no storage sees them', async () => {
    const { workspaceId, teacher, principal, observer } = await symposium()
    const one = await connectSynced(server.url, workspaceId, `group/${GROUP_1}`, teacher.memberToken)
    const two = await connectSynced(server.url, workspaceId, `group/${GROUP_2}`, principal.memberToken)
    clients.push(one, two)
    notes(one.doc).set('seen', 'group one')
    notes(two.doc).set('seen', 'group two')
    for (const [groupId, text] of [[GROUP_1, 'group one'], [GROUP_2, 'group two']] as const) {
      const reader = await connectSynced(server.url, workspaceId, `group/${groupId}`, observer.memberToken)
      clients.push(reader)
      await waitFor(() => notes(reader.doc).get('seen') === text, `observer reads ${groupId}`)
    }

    for (const [groupId, peer] of [[GROUP_1, one], [GROUP_2, two]] as const) {
      const raw = await rawConnect(server.url, `${workspaceId}/group/${groupId}`, observer.memberToken)
      raw.ws.send(encodeSyncMessage(SYNC.update, noteUpdate('forged', 'observer wrote this')))
      await waitFor(() => raw.messages.some((m) => m[0] === 2), 'permission-denied notice')
      notes(peer.doc).set('marker', 'after')
      await waitFor(async () => notes(await stored(server, workspaceId, `group/${groupId}`)).get('marker') === 'after', 'marker stored')
      expect(notes(peer.doc).get('forged')).toBeUndefined()
      expect(notes(await stored(server, workspaceId, `group/${groupId}`)).get('forged')).toBeUndefined()
      raw.ws.close()
    }
  })

  it('once the round has ended, lets a member of group 1 read group 2 for the gallery walk, and still drops their writes there', async () => {
    const { workspaceId, teacher, principal, control } = await symposium()
    const two = await connectSynced(server.url, workspaceId, `group/${GROUP_2}`, principal.memberToken)
    clients.push(two)
    notes(two.doc).set('seen', 'group two')
    endBreakouts(control.doc)
    await waitFor(async () => readControl(await stored(server, workspaceId, 'control')).breakout?.active === false, 'round ended')
    const visitor = await connectSynced(server.url, workspaceId, `group/${GROUP_2}`, teacher.memberToken)
    clients.push(visitor)
    await waitFor(() => notes(visitor.doc).get('seen') === 'group two', 'the visitor reads group 2')
    const raw = await rawConnect(server.url, `${workspaceId}/group/${GROUP_2}`, teacher.memberToken)
    raw.ws.send(encodeSyncMessage(SYNC.update, noteUpdate('forged', 'a visitor wrote this')))
    await waitFor(() => raw.messages.some((m) => m[0] === 2), 'permission-denied notice')
    notes(two.doc).set('marker', 'after')
    await waitFor(async () => notes(await stored(server, workspaceId, `group/${GROUP_2}`)).get('marker') === 'after', 'marker stored')
    expect(notes(await stored(server, workspaceId, `group/${GROUP_2}`)).get('forged')).toBeUndefined()
    raw.ws.close()
  })

  it('lets the facilitator open and write any group', async () => {
    const { workspaceId, facilitator, principal } = await symposium()
    const coach = await connectSynced(server.url, workspaceId, `group/${GROUP_2}`, facilitator.memberToken)
    const member = await connectSynced(server.url, workspaceId, `group/${GROUP_2}`, principal.memberToken)
    clients.push(coach, member)
    notes(coach.doc).set('prompt', 'what holds improvement back?')
    await waitFor(() => notes(member.doc).get('prompt'), 'the member sees the facilitator’s note')
  })
})
