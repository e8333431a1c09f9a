import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as z from 'zod'
import { estimateOffset, type ClockSample } from '../../../shared/domain/facilitation/clock'
import { startTestServer, type TestServer } from '../../helpers/server'

const ServerTime = z.strictObject({ now: z.number().int().positive() })

describe('GET /api/time, the clock every timer is read against', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.stop())

  it('answers the server clock in ms without a token, and forbids caching it', async () => {
    const before = Date.now()
    const res = await fetch(`${server.url}/api/time`)
    const after = Date.now()
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const { now } = ServerTime.parse(await res.json())
    // same machine, same clock: the reading falls inside the round trip
    expect(now).toBeGreaterThanOrEqual(before)
    expect(now).toBeLessThanOrEqual(after)
  })

  it('gives samples from which a client estimates an offset of about zero on the same machine', async () => {
    const samples: ClockSample[] = []
    for (let i = 0; i < 5; i++) {
      const clientSend = Date.now()
      const { now } = ServerTime.parse(await (await fetch(`${server.url}/api/time`)).json())
      samples.push({ clientSend, serverTime: now, clientReceive: Date.now() })
    }
    const offset = estimateOffset(samples)
    expect(offset).not.toBeNull()
    expect(Math.abs(offset?.offsetMs ?? Infinity)).toBeLessThanOrEqual((offset?.rttMs ?? 0) / 2 + 1)
  })

  it('leaves other API paths to their own routers (an unknown one is still a 404)', async () => {
    const res = await fetch(`${server.url}/api/time-travel`)
    expect(res.status).toBe(404)
    const health = await fetch(`${server.url}/api/health`)
    expect(health.status).toBe(200)
  })
})
