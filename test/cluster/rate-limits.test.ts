/**
 * REST rate limits count per client across the cluster, not per instance: the counters live in
 * Redis, so a client spreading requests over two instances meets the same limit. A broker outage
 * lets requests through (counted again once it is back) rather than taking the API down.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDevServices, startInstance, startTcpProxy, type DevServices, type Instance, type TcpProxy } from '../helpers/cluster'
import { postJson } from '../helpers/api'

const LIMITED = { RATE_WINDOW_SECONDS: '600', RATE_CREATE_PER_IP: '3' }
const create = (base: string) => postJson(`${base}/api/workspaces`, { title: 'Rate limit check', organisation: 'Riverside USD', facilitatorName: 'Coach Kim' })

describe('rate limits across instances', () => {
  let services: DevServices
  let one: Instance
  let two: Instance
  beforeAll(async () => {
    services = await startDevServices()
    ;[one, two] = await Promise.all([startInstance(services, LIMITED), startInstance(services, LIMITED)])
  })
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()])
    await services?.stop()
  })

  it('three new workspaces from one address over two instances use up the limit of three on both', async () => {
    expect((await create(one.url)).status).toBe(201)
    expect((await create(two.url)).status).toBe(201)
    expect((await create(one.url)).status).toBe(201)
    for (const instance of [two, one]) {
      const refused = await create(instance.url)
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/^too many new workspaces from this address: try again in \d+ seconds$/)
    }
  })

  it('while the broker cannot be reached, a limited request is let through to its answer instead of failing', async () => {
    const redisPort = Number(new URL(services.redisUrl).port)
    let proxy: TcpProxy | undefined = await startTcpProxy({ backends: () => [redisPort], strategy: 'in-order' })
    const alone = await startInstance({ ...services, redisUrl: proxy.url.replace(/^http/, 'redis') }, { RATE_WINDOW_SECONDS: '600', RATE_PREVIEW_PER_IP: '1000' })
    const made = await create(alone.url)
    expect(made.status).toBe(201)
    const created = (await made.json()) as { workspace: { id: string } }
    // an invite check touches no document, so only the limiter meets the broker
    const preview = () => postJson(`${alone.url}/api/workspaces/${created.workspace.id}/invite-preview`, { invite: 'x'.repeat(32) })
    try {
      expect((await preview()).status).toBe(403)
      await proxy.close()
      proxy = undefined
      const during = await preview()
      expect(during.status).toBe(403)
      expect(((await during.json()) as { error: { message: string } }).error.message).toContain('this invite link is not valid')
    } finally {
      await proxy?.close()
      await alone.stop()
    }
  })
})
