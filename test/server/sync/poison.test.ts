/**
 * An update can decode cleanly and still throw inside `Y.applyUpdate`. Sent by a participant to any
 * document they may write, it must never be stored nor relayed: the document stays readable, with
 * every earlier edit, by a fresh client before and after a restart, and only the writer is closed.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { rmSync } from 'node:fs'
import { threeMembers } from '../../helpers/api'
import { storedDoc } from '../../helpers/fixtures'
import { poisonUpdates, syncUpdateFrame } from '../../helpers/poison'
import { startTestServer, tempDir, type TestServer } from '../../helpers/server'
import { connectSynced, rawConnect, type Client } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'

const DOCS = ['board', 'whiteboard', 'private'] as const

describe('an update that decodes but throws when applied', () => {
  const cleanup: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })

  describe.each(DOCS)('sent by a participant to %s', (kind) => {
    it.each(poisonUpdates(11).map((p) => [p.shape, p] as const))('%s: never stored nor relayed, the document intact before and after a restart, only the writer closed', async (_shape, poison) => {
      const dataDir = tempDir()
      let server: TestServer = await startTestServer({}, dataDir)
      cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }))
      const clients: Client[] = []
      cleanup.push(async () => {
        for (const c of clients) c.destroy()
        await server.stop({ keepData: true })
      })
      const { workspaceId, facilitator, participant } = await threeMembers(server.url)
      const docName = kind === 'private' ? `private/${participant.member.id}` : kind
      // the peer who must stay connected: the coach, or the member's own second tab for a private doc
      const peerToken = kind === 'private' ? participant.memberToken : facilitator.memberToken
      const writer = await connectSynced(server.url, workspaceId, docName, participant.memberToken)
      const peer = await connectSynced(server.url, workspaceId, docName, peerToken)
      clients.push(writer, peer)
      let peerCloses = 0
      peer.provider.on('connection-close', () => peerCloses++)
      writer.doc.getMap('notes').set('before', 'written before the attack')
      await waitFor(() => peer.doc.getMap('notes').get('before'), 'the first edit at the peer')

      const attacker = await rawConnect(server.url, `${workspaceId}/${docName}`, participant.memberToken)
      attacker.ws.send(syncUpdateFrame(poison.update))
      const closed = await attacker.closed
      expect(closed.code).toBe(4400)
      expect(closed.reason).toMatch(/update refused/)

      writer.doc.getMap('notes').set('after', 'written after the attack')
      await waitFor(() => peer.doc.getMap('notes').get('after'), 'the later edit at the peer')
      expect(peerCloses).toBe(0)
      if (poison.halfKey) expect(peer.doc.getMap('notes').get(poison.halfKey)).toBeUndefined()

      const fresh = await connectSynced(server.url, workspaceId, docName, peerToken)
      clients.push(fresh)
      expect(fresh.doc.getMap('notes').toJSON()).toEqual({ before: 'written before the attack', after: 'written after the attack' })

      for (const c of clients.splice(0)) c.destroy()
      await server.stop({ keepData: true })
      server = await startTestServer({}, dataDir)
      const stored = await storedDoc(server.storage, `${workspaceId}/${docName}`)
      expect(stored.getMap('notes').toJSON()).toEqual({ before: 'written before the attack', after: 'written after the attack' })
      const reloaded = await connectSynced(server.url, workspaceId, docName, peerToken)
      clients.push(reloaded)
      expect(reloaded.doc.getMap('notes').get('after')).toBe('written after the attack')
      const quarantined = await server.storage.listQuarantine('')
      expect(quarantined.ok && quarantined.value).toEqual([])
    })
  })
})
