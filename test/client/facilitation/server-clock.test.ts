import { describe, expect, it } from 'vitest'
import { ServerClock } from '../../../client/src/facilitation/server-clock'

/** A fake network: the server clock runs `ahead` ms in front; each ping takes the given round trips. */
function fakeServer(ahead: number, roundTrips: number[]) {
  let local = 1_000_000
  const trips = [...roundTrips]
  return {
    localNow: () => local,
    fetchTime: async () => {
      const rtt = trips.shift() ?? 100
      local += rtt / 2
      const reading = local + ahead
      local += rtt / 2
      return reading
    },
  }
}

describe('the server clock as one client sees it', () => {
  it('reads local time until it has calibrated', () => {
    const net = fakeServer(5000, [])
    expect(new ServerClock(net).now()).toBe(net.localNow())
  })

  it('corrects a client clock that runs 90 s slow, to within half the best round trip', async () => {
    const net = fakeServer(90_000, [400, 40, 300, 250, 90])
    const clock = new ServerClock(net)
    await clock.calibrate()
    expect(clock.estimate?.rttMs).toBe(40)
    expect(Math.abs(clock.now() - (net.localNow() + 90_000))).toBeLessThanOrEqual(20)
    expect(clock.toLocal(clock.now())).toBe(net.localNow())
  })

  it('keeps its last estimate when the server cannot be reached', async () => {
    const clock = new ServerClock({ localNow: () => 0, fetchTime: async () => null })
    await clock.calibrate()
    expect(clock.estimate).toBeNull()
    expect(clock.now()).toBe(0)
  })

  it('tells subscribers when a new estimate lands', async () => {
    const clock = new ServerClock(fakeServer(10, [10, 10]))
    let told = 0
    clock.subscribe(() => told++)
    await clock.calibrate()
    expect(told).toBe(1)
  })
})
