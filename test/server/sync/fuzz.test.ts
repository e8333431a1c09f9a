/**
 * Seeded random fuzz through the real relay, in the spirit of Yjs's own randomized tests: several
 * stock providers make random edits (maps, texts, arrays, nested), drop and resume their connections
 * at random, while a raw client sends random poison updates and random garbage in between. In the
 * end every replica has converged, nothing poisonous was kept, and the stored document equals the
 * live one.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { seededRandom } from '../../../shared/random'
import { threeMembers, join } from '../../helpers/api'
import { serverPerTest, storedDoc } from '../../helpers/fixtures'
import { poisonUpdates, syncUpdateFrame } from '../../helpers/poison'
import { connectSynced, rawConnect, type Client } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'

type Random = () => number
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!

function randomEdit(random: Random, doc: Y.Doc, n: number): void {
  const text = doc.getText('text')
  const list = doc.getArray<unknown>('list')
  const map = doc.getMap<unknown>('map')
  switch (Math.floor(random() * 6)) {
    case 0:
      return text.insert(Math.floor(random() * (text.length + 1)), `t${n}`)
    case 1:
      if (text.length > 0) text.delete(Math.floor(random() * text.length), 1 + Math.floor(random() * 3))
      return
    case 2:
      return list.insert(Math.floor(random() * (list.length + 1)), [n])
    case 3:
      if (list.length > 0) list.delete(Math.floor(random() * list.length), 1)
      return
    case 4:
      map.set(`k${Math.floor(random() * 8)}`, n)
      return
    default: {
      const inner = new Y.Map<unknown>()
      inner.set('text', new Y.Text(`nested ${n}`))
      map.set(`nested${Math.floor(random() * 4)}`, inner)
      return
    }
  }
}

/** the fuzzed roots with map keys sorted, so replicas compare equal whatever order keys arrived in */
function canonical(source: Y.Doc): string {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source))
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sort(x)])) : v
  const content = { text: doc.getText('text').toString(), list: doc.getArray('list').toJSON(), map: doc.getMap('map').toJSON() }
  doc.destroy()
  return JSON.stringify(sort(content))
}

const garbage = (random: Random) => new Uint8Array(Array.from({ length: 2 + Math.floor(random() * 30) }, () => Math.floor(random() * 256)))

describe('seeded random fuzz through the relay', () => {
  const ctx = serverPerTest({ RATE_BURST: '10000', RATE_PER_SECOND: '10000' })

  it.each([1, 2, 3])('seed %i: replicas converge and the stored document equals the live one', { timeout: 60_000 }, async (seed) => {
    const random = seededRandom(seed)
    const { server } = ctx
    const { created, workspaceId, facilitator, participant } = await threeMembers(server.url)
    const others = await Promise.all([join(server.url, created, 'participant', 'Ana'), join(server.url, created, 'participant', 'Ben')])
    const tokens = [facilitator.memberToken, participant.memberToken, ...others.map((o) => o.memberToken)]
    const clients: Client[] = ctx.track(...(await Promise.all(tokens.map((t) => connectSynced(server.url, workspaceId, 'board', t)))))
    const poisons = poisonUpdates(seed, 3)
    let refused = 0
    for (let n = 0; n < 200; n++) {
      const roll = random()
      if (roll < 0.05) {
        const attacker = await rawConnect(server.url, `${workspaceId}/board`, participant.memberToken)
        attacker.ws.send(random() < 0.5 ? syncUpdateFrame(pick(random, poisons).update) : syncUpdateFrame(garbage(random)))
        await attacker.closed
        refused++
      } else if (roll < 0.1) {
        const c = pick(random, clients)
        if (c.provider.shouldConnect) c.provider.disconnect()
        else c.provider.connect()
      } else {
        randomEdit(random, pick(random, clients).doc, n)
      }
      if (random() < 0.2) await new Promise((r) => setImmediate(r))
    }
    for (const c of clients) if (!c.provider.shouldConnect) c.provider.connect()
    expect(refused).toBeGreaterThan(0)

    const live = async () => {
      const found = await server.relay.registry.withDoc(`${workspaceId}/board`, (l) => canonical(l.doc))
      return found.ok ? found.value : ''
    }
    await waitFor(async () => {
      const expected = await live()
      return clients.every((c) => c.provider.synced && canonical(c.doc) === expected)
    }, 'every replica to converge with the server', 30_000)
    const expected = await live()
    expect(canonical(await storedDoc(server.storage, `${workspaceId}/board`))).toBe(expected)
    const [fresh] = ctx.track(await connectSynced(server.url, workspaceId, 'board', facilitator.memberToken))
    expect(canonical(fresh.doc)).toBe(expected)
    const quarantined = await server.storage.listQuarantine('')
    expect(quarantined.ok && quarantined.value).toEqual([])
  })
})
