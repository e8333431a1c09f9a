import { afterEach, describe, expect, it } from 'vitest'
import { rmSync } from 'node:fs'
import { tempDir } from '../../helpers/server'
import { threeMembers } from '../../helpers/api'
import { connectSynced, type Client } from '../../helpers/sync'
import { freePort, spawnServer, type ChildServer } from '../../helpers/child-server'
import { waitFor } from '../../helpers/wait'

describe('durability of the server process', () => {
  const dirs: string[] = []
  const servers: ChildServer[] = []
  const clients: Client[] = []
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy()
    for (const s of servers.splice(0)) await s.kill('SIGKILL')
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })

  it('kill -9 during a burst from two clients loses no update that any peer had received', async () => {
    const dataDir = tempDir()
    dirs.push(dataDir)
    const port = await freePort()
    const first = await spawnServer(dataDir, port, { COMPACT_AFTER: '50' })
    servers.push(first)
    const { workspaceId, facilitator, participant } = await threeMembers(first.url)
    const a = await connectSynced(first.url, workspaceId, 'board', facilitator.memberToken)
    const b = await connectSynced(first.url, workspaceId, 'board', participant.memberToken)
    clients.push(a, b)

    // each client writes keys under its own prefix, as fast as the event loop lets it
    let writing = true
    const burst = (client: Client, prefix: string) =>
      (async () => {
        for (let i = 0; writing; i++) {
          client.doc.getMap('burst').set(`${prefix}${i}`, i)
          await new Promise((r) => setImmediate(r))
        }
      })()
    const bursts = [burst(a, 'a'), burst(b, 'b')]
    await waitFor(() => b.doc.getMap('burst').has('a150') && a.doc.getMap('burst').has('b150'), 'the burst to be under way')

    await first.kill('SIGKILL')
    writing = false
    await Promise.all(bursts)
    // what each peer had received from the other, through the server, before it died
    const receivedByB = [...b.doc.getMap('burst').keys()].filter((k) => k.startsWith('a'))
    const receivedByA = [...a.doc.getMap('burst').keys()].filter((k) => k.startsWith('b'))
    a.destroy()
    b.destroy()
    expect(receivedByB.length).toBeGreaterThan(150)
    expect(receivedByA.length).toBeGreaterThan(150)

    const second = await spawnServer(dataDir, port)
    servers.push(second)
    const fresh = await connectSynced(second.url, workspaceId, 'board', facilitator.memberToken)
    clients.push(fresh)
    const stored = fresh.doc.getMap('burst')
    expect(receivedByB.filter((k) => !stored.has(k))).toEqual([])
    expect(receivedByA.filter((k) => !stored.has(k))).toEqual([])
  })

  it('SIGTERM flushes and restarts with the same document', async () => {
    const dataDir = tempDir()
    dirs.push(dataDir)
    const port = await freePort()
    const first = await spawnServer(dataDir, port)
    servers.push(first)
    const { workspaceId, facilitator } = await threeMembers(first.url)
    const a = await connectSynced(first.url, workspaceId, 'board', facilitator.memberToken)
    a.doc.getText('vision').insert(0, 'Every student reads on grade level')
    const closed = new Promise<number>((resolve) => a.provider.once('connection-close', (e) => resolve(e?.code ?? 0)))
    await first.kill('SIGTERM')
    expect(await closed).toBe(1012)
    expect(first.output()).toContain('flushing documents')
    a.destroy()
    const second = await spawnServer(dataDir, port)
    servers.push(second)
    const fresh = await connectSynced(second.url, workspaceId, 'board', facilitator.memberToken)
    clients.push(fresh)
    expect(fresh.doc.getText('vision').toString()).toBe('Every student reads on grade level')
  })
})
