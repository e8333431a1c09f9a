import { describe, expect, it } from 'vitest'
import { AckClock, type AckTarget } from '../../../server/sync/ack-clock'

function writer(): AckTarget & { acks: number } {
  return {
    acks: 0,
    ack() {
      this.acks++
    },
  }
}

describe('one clock for every writer’s "saved" acknowledgement', () => {
  it('acknowledges a writer once it has been quiet for the delay, and only once', () => {
    let now = 0
    const clock = new AckClock(300, 1500, () => now)
    const w = writer()
    clock.wrote(w)
    now = 200
    clock.tick()
    expect(w.acks).toBe(0)
    now = 300
    clock.tick()
    expect(w.acks).toBe(1)
    now = 2000
    clock.tick()
    expect(w.acks).toBe(1)
    clock.stop()
  })

  it('acknowledges a writer who never pauses at the longest delay, then starts a new wait', () => {
    let now = 0
    const clock = new AckClock(300, 1500, () => now)
    const w = writer()
    for (; now < 1500; now += 100) {
      clock.wrote(w)
      clock.tick()
    }
    expect(w.acks).toBe(0)
    clock.tick()
    expect(w.acks).toBe(1)
    clock.wrote(w)
    now += 200
    clock.tick()
    expect(w.acks).toBe(1)
    clock.stop()
  })

  it('serves many writers on their own schedules and sends nothing to a forgotten one', () => {
    let now = 0
    const clock = new AckClock(300, 1500, () => now)
    const [a, b, gone] = [writer(), writer(), writer()]
    clock.wrote(a)
    clock.wrote(gone)
    now = 200
    clock.wrote(b)
    clock.forget(gone)
    now = 300
    clock.tick()
    expect([a.acks, b.acks, gone.acks]).toEqual([1, 0, 0])
    now = 500
    clock.tick()
    expect([a.acks, b.acks, gone.acks]).toEqual([1, 1, 0])
    clock.stop()
  })

  it('acknowledges on its own timer, without anyone calling tick', async () => {
    const clock = new AckClock(30, 150)
    const acked = new Promise<void>((resolve) => clock.wrote({ ack: resolve }))
    await expect(acked).resolves.toBeUndefined()
    clock.stop()
  })
})
