/**
 * Integrity on PostgreSQL + Redis with two instances: an update that decodes but throws is refused
 * by the instance it reached and never reaches the other; a stored row that cannot be served is
 * quarantined and the document opens without it (the SQLite scenario, on PostgreSQL).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { threeMembers } from '../helpers/api'
import { poisonUpdates, syncUpdateFrame } from '../helpers/poison'
import { connectSynced, rawConnect, type Client } from '../helpers/sync'
import { waitFor } from '../helpers/wait'
import { startDevServices, startInstance, type DevServices, type Instance } from '../helpers/cluster'
import { unreadableRowScenario, type Damage } from '../server/sync/heal-scenario'

describe('integrity with two instances on one PostgreSQL and Redis', () => {
  let services: DevServices
  const cleanup: (() => Promise<unknown> | unknown)[] = []
  beforeAll(async () => {
    services = await startDevServices()
  })
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c()
  })
  afterAll(async () => {
    await services?.stop()
  })
  const started = async () => {
    const instance = await startInstance(services)
    cleanup.push(() => instance.stop())
    return instance
  }
  const tracked = (c: Client) => (cleanup.push(() => c.destroy()), c)

  it.each(poisonUpdates(23).map((p) => [p.shape, p] as const))('%s: refused by the instance it reached, never seen by the other; no catch-up loop', async (_shape, poison) => {
    const [one, two] = [await started(), await started()]
    const { workspaceId, facilitator, participant } = await threeMembers(one.url)
    const writer = tracked(await connectSynced(one.url, workspaceId, 'board', participant.memberToken))
    const peer = tracked(await connectSynced(two.url, workspaceId, 'board', facilitator.memberToken))
    let peerCloses = 0
    peer.provider.on('connection-close', () => peerCloses++)
    writer.doc.getMap('notes').set('before', 'written before')
    await waitFor(() => peer.doc.getMap('notes').get('before'), 'the first edit across instances')

    const attacker = await rawConnect(one.url, `${workspaceId}/board`, participant.memberToken)
    attacker.ws.send(syncUpdateFrame(poison.update))
    expect((await attacker.closed).code).toBe(4400)

    writer.doc.getMap('notes').set('after', 'written after')
    await waitFor(() => peer.doc.getMap('notes').get('after'), 'the later edit across instances')
    expect(peerCloses).toBe(0)
    const fresh = tracked(await connectSynced(two.url, workspaceId, 'board', facilitator.memberToken))
    expect(fresh.doc.getMap('notes').toJSON()).toEqual({ before: 'written before', after: 'written after' })
    const third = await started()
    const cold = tracked(await connectSynced(third.url, workspaceId, 'board', facilitator.memberToken))
    expect(cold.doc.getMap('notes').toJSON()).toEqual({ before: 'written before', after: 'written after' })
    expect([...one.logs, ...two.logs, ...third.logs].filter((l) => l.includes('catch-up failed'))).toEqual([])
  })

  it.each<Damage>(['fails its checksum', 'throws when applied'])('a stored row that %s is quarantined in PostgreSQL, the document opens without it, reveal works', async (damage) => {
    const instance: Instance = await started()
    await unreadableRowScenario(
      {
        url: instance.url,
        storage: instance.storage,
        registry: instance.relay.registry,
        damageRow: async (docKey, seq) => {
          const client = new pg.Client({ connectionString: services.databaseUrl })
          await client.connect()
          await client.query("UPDATE doc_updates SET data = '\\x0102ff'::bytea WHERE doc = $1 AND seq = $2", [docKey, seq])
          await client.end()
        },
      },
      damage,
    )
  })
})
