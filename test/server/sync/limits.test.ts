/**
 * Caps that keep one member from harming a workspace: a socket that stops reading is closed past
 * the buffer bound while others keep receiving; a member's open sockets are capped; a write over a
 * storage quota is refused with a reason and nothing stored is touched.
 */
import { describe, expect, it } from 'vitest'
import { threeMembers } from '../../helpers/api'
import { serverPerTest, storedDoc } from '../../helpers/fixtures'
import { connectSynced, rawConnect } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'

describe('a reader that stops reading', () => {
  const ctx = serverPerTest({ MAX_BUFFERED_BYTES: String(256 * 1024), RATE_BURST: '100000', RATE_PER_SECOND: '100000', DOC_QUOTA_BYTES: String(2 ** 30), WORKSPACE_QUOTA_BYTES: String(2 ** 30) })

  it('is closed past the buffer bound while others keep receiving', { timeout: 90_000 }, async () => {
    const { server } = ctx
    const { workspaceId, facilitator, participant, observer } = await threeMembers(server.url)
    const slow = await rawConnect(server.url, `${workspaceId}/board`, observer.memberToken)
    slow.ws.pause() // stops reading: the kernel buffers fill, then the server's send buffer grows
    const [writer, reader] = ctx.track(
      await connectSynced(server.url, workspaceId, 'board', participant.memberToken),
      await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken),
    )
    let readerCloses = 0
    reader.provider.on('connection-close', () => readerCloses++)
    // loopback buffers hold several MB before the server's own send buffer starts to grow
    const chunk = 'x'.repeat(64 * 1024)
    let i = 0
    const peers = async () => {
      const counted = await server.relay.registry.withDoc(`${workspaceId}/board`, (live) => live.peers.size)
      return counted.ok ? counted.value : -1
    }
    expect(await peers()).toBe(3)
    await waitFor(async () => {
      for (let k = 0; k < 10; k++) writer.doc.getMap('notes').set(`n${i++ % 20}`, chunk)
      return (await peers()) === 2
    }, 'the server to drop the slow reader', 60_000)
    slow.ws.resume()
    expect((await slow.closed).code).toBeOneOf([1013, 1006])
    const last = `final-${i}`
    writer.doc.getMap('notes').set('last', last)
    await waitFor(() => reader.doc.getMap('notes').get('last') === last, 'the reader to keep receiving')
    expect(readerCloses).toBe(0)
  })
})

describe('a member’s open sockets', () => {
  const ctx = serverPerTest({ MAX_SOCKETS_PER_MEMBER: '3' })

  it('are capped, and closing one frees a place', async () => {
    const { server } = ctx
    const { workspaceId, participant } = await threeMembers(server.url)
    const open = await Promise.all([0, 1, 2].map(() => rawConnect(server.url, `${workspaceId}/board`, participant.memberToken)))
    await expect(rawConnect(server.url, `${workspaceId}/board`, participant.memberToken)).rejects.toThrow('HTTP 429')
    open[0]!.ws.close()
    await open[0]!.closed
    await waitFor(async () => {
      try {
        const again = await rawConnect(server.url, `${workspaceId}/board`, participant.memberToken)
        again.ws.close()
        return true
      } catch {
        return false
      }
    }, 'a free place')
    for (const o of open) o.ws.close()
  })
})

describe('a storage quota', () => {
  const ctx = serverPerTest({ DOC_QUOTA_BYTES: String(64 * 1024), WORKSPACE_QUOTA_BYTES: String(10 * 1024 * 1024) })

  it('refuses the write that would pass it, with a reason, and leaves the stored document intact', async () => {
    const { server } = ctx
    const { workspaceId, participant, facilitator } = await threeMembers(server.url)
    const [writer] = ctx.track(await connectSynced(server.url, workspaceId, 'board', participant.memberToken))
    writer.doc.getMap('notes').set('kept', 'a small note')
    await waitFor(async () => (await storedDoc(server.storage, `${workspaceId}/board`)).getMap('notes').get('kept'), 'the small note stored')
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      writer.provider.once('connection-close', (e) => resolve({ code: e?.code ?? 0, reason: e?.reason ?? '' })),
    )
    writer.doc.getMap('notes').set('huge', 'y'.repeat(100 * 1024))
    expect(await closed).toEqual({ code: 4413, reason: expect.stringMatching(/document is full/) })
    writer.provider.disconnect()
    const stored = await storedDoc(server.storage, `${workspaceId}/board`)
    expect(stored.getMap('notes').toJSON()).toEqual({ kept: 'a small note' })
    const [fresh] = ctx.track(await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken))
    expect(fresh.doc.getMap('notes').toJSON()).toEqual({ kept: 'a small note' })
  })
})
