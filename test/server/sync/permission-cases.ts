/**
 * The foundation's permission and private-document cases, run against any server set-up: one
 * process on SQLite (permissions.test.ts) and several instances on PostgreSQL + Redis (test/cluster).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Storage } from '../../../server/storage/types'
import { createWorkspace, threeMembers } from '../../helpers/api'
import { connectSynced, rawConnect, type Client } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'
import { encodeSyncMessage, SYNC } from '../../../server/sync/protocol'

function updateSetting(key: string, value: string): Uint8Array {
  const d = new Y.Doc()
  d.getMap('notes').set(key, value)
  return Y.encodeStateAsUpdate(d)
}

export interface PermissionTarget {
  /** where clients connect (one server, or a balancer in front of several) */
  readonly url: string
  /** the storage every instance writes to */
  readonly storage: Storage
  stop(): Promise<void>
}

async function storedBoard(server: PermissionTarget, workspaceId: string, docName = 'board'): Promise<Y.Doc> {
  const log = await server.storage.loadDoc(`${workspaceId}/${docName}`)
  if (!log.ok) throw new Error(log.error.message)
  const d = new Y.Doc()
  for (const u of log.value.updates) Y.applyUpdate(d, u)
  return d
}

export function permissionCases(setUp: string, start: () => Promise<PermissionTarget>): void {
  describe(`per-document permissions, tried with raw clients (${setUp})`, () => {
    let server: PermissionTarget
    const clients: Client[] = []
    beforeEach(async () => {
      server = await start()
    })
    afterEach(async () => {
      for (const c of clients.splice(0)) c.destroy()
      await server.stop()
    })

    it("drops an observer's write to the board: no peer and no database sees it", async () => {
      const { workspaceId, facilitator, observer } = await threeMembers(server.url)
      const peer = await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken)
      clients.push(peer)
      const raw = await rawConnect(server.url, `${workspaceId}/board`, observer.memberToken)
      raw.ws.send(encodeSyncMessage(SYNC.update, updateSetting('forged', 'observer wrote this')))
      // a later write by the facilitator proves the relay processed everything before it
      peer.doc.getMap('notes').set('marker', 'after')
      await waitFor(async () => (await storedBoard(server, workspaceId)).getMap('notes').get('marker') === 'after', 'marker stored')
      await waitFor(() => raw.messages.some((m) => m[0] === 2), 'permission-denied notice')
      expect(peer.doc.getMap('notes').get('forged')).toBeUndefined()
      expect((await storedBoard(server, workspaceId)).getMap('notes').get('forged')).toBeUndefined()
      raw.ws.close()
    })

    it('refuses a participant write to control', async () => {
      const { workspaceId, facilitator, participant } = await threeMembers(server.url)
      const control = await connectSynced(server.url, workspaceId, 'control', facilitator.memberToken)
      clients.push(control)
      const raw = await rawConnect(server.url, `${workspaceId}/control`, participant.memberToken)
      raw.ws.send(encodeSyncMessage(SYNC.update, updateSetting('phase', 'hijacked')))
      control.doc.getMap('notes').set('marker', 'facilitator')
      await waitFor(async () => (await storedBoard(server, workspaceId, 'control')).getMap('notes').get('marker'), 'marker stored')
      expect((await storedBoard(server, workspaceId, 'control')).getMap('notes').get('phase')).toBeUndefined()
      expect(control.doc.getMap('notes').get('phase')).toBeUndefined()
      raw.ws.close()
    })

    it.each([
      ['another member’s private document', (ids: { facilitatorId: string }) => `private/${ids.facilitatorId}`],
      ['the server-written published document with a write', () => 'published'],
    ])('a participant cannot open %s for writing', async (_label, docFor) => {
      const { workspaceId, facilitator, participant } = await threeMembers(server.url)
      const doc = docFor({ facilitatorId: facilitator.member.id })
      if (doc.startsWith('private/')) {
        await expect(rawConnect(server.url, `${workspaceId}/${doc}`, participant.memberToken)).rejects.toThrow('HTTP 403')
        return
      }
      const raw = await rawConnect(server.url, `${workspaceId}/${doc}`, participant.memberToken)
      raw.ws.send(encodeSyncMessage(SYNC.update, updateSetting('aggregate', 'forged')))
      await waitFor(() => raw.messages.some((m) => m[0] === 2), 'permission-denied notice')
      expect((await storedBoard(server, workspaceId, doc)).getMap('notes').size).toBe(0)
      raw.ws.close()
    })

    it('lets a member open their own private document', async () => {
      const { workspaceId, participant } = await threeMembers(server.url)
      const mine = await connectSynced(server.url, workspaceId, `private/${participant.member.id}`, participant.memberToken)
      clients.push(mine)
      mine.doc.getMap('rubric').set('1a1', 2)
      await waitFor(async () => (await storedBoard(server, workspaceId, `private/${participant.member.id}`)).getMap('rubric').get('1a1') === 2, 'stored')
    })

    it('a token for workspace A opens nothing in workspace B', async () => {
      const a = await threeMembers(server.url)
      const b = await createWorkspace(server.url, 'Other district')
      for (const doc of ['board', 'whiteboard', 'control', 'published', `private/${a.participant.member.id}`]) {
        await expect(rawConnect(server.url, `${b.workspace.id}/${doc}`, a.participant.memberToken)).rejects.toThrow('HTTP 403')
      }
      await expect(rawConnect(server.url, `${b.workspace.id}/board`, a.facilitator.memberToken)).rejects.toThrow('HTTP 403')
    })

    it.each([
      ['no token', undefined, 'HTTP 401'],
      ['an unknown token', 'x'.repeat(43), 'HTTP 401'],
    ])('refuses an upgrade with %s before sending any document byte', async (_label, token, status) => {
      const { workspaceId } = await threeMembers(server.url)
      await expect(rawConnect(server.url, `${workspaceId}/board`, token)).rejects.toThrow(status)
    })

    it('refuses an unknown document name', async () => {
      const { workspaceId, participant } = await threeMembers(server.url)
      await expect(rawConnect(server.url, `${workspaceId}/secrets`, participant.memberToken)).rejects.toThrow('HTTP 400')
    })

    it('replaces a spoofed name in presence with the verified member', async () => {
      const { workspaceId, facilitator, participant } = await threeMembers(server.url)
      const watcher = await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken)
      const spoofer = await connectSynced(server.url, workspaceId, 'board', participant.memberToken)
      clients.push(watcher, spoofer)
      spoofer.provider.awareness.setLocalStateField('user', { name: 'Coach Kim (facilitator)' })
      const seen = await waitFor(() => {
        const state = watcher.provider.awareness.getStates().get(spoofer.doc.clientID) as { user?: { name?: string } } | undefined
        return state?.user?.name
      }, 'presence')
      expect(seen).toBe('Pat Participant')
    })
  })
}
