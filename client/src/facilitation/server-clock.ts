/**
 * This client's estimate of the server clock: a few pings to GET /api/time on start, the fastest
 * round trip wins (shared/domain/facilitation/clock.ts), re-checked every few minutes because
 * laptop clocks drift and sleep. Until the first estimate lands, server time is taken as local time.
 */
import { estimateOffset, serverNow, type ClockOffset, type ClockSample } from '../../../shared/domain/facilitation/clock'

export interface ClockDeps {
  readonly fetchTime: () => Promise<number | null>
  readonly localNow?: () => number
  readonly samples?: number
  readonly recheckMs?: number
}

export class ServerClock {
  private offset: ClockOffset | null = null
  private readonly listeners = new Set<() => void>()
  private readonly localNow: () => number

  constructor(private readonly deps: ClockDeps) {
    this.localNow = deps.localNow ?? (() => Date.now())
  }

  /** Server-clock ms now. */
  now(): number {
    return serverNow(this.localNow(), this.offset)
  }

  /** Turns a server-clock instant into this client's clock (for display and tests). */
  toLocal(serverMs: number): number {
    return serverMs - (this.offset?.offsetMs ?? 0)
  }

  get estimate(): ClockOffset | null {
    return this.offset
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async calibrate(): Promise<void> {
    const samples: ClockSample[] = []
    for (let i = 0; i < (this.deps.samples ?? 5); i++) {
      const clientSend = this.localNow()
      const serverTime = await this.deps.fetchTime()
      if (serverTime === null) continue
      samples.push({ clientSend, serverTime, clientReceive: this.localNow() })
    }
    const next = estimateOffset(samples)
    if (!next) return
    this.offset = next
    for (const l of this.listeners) l()
  }

  /** Calibrates now and periodically; returns the disposer. */
  start(): () => void {
    let stopped = false
    const run = () => void (stopped ? undefined : this.calibrate())
    run()
    const timer = setInterval(run, this.deps.recheckMs ?? 5 * 60_000)
    return () => {
      stopped = true
      clearInterval(timer)
      this.listeners.clear()
    }
  }
}
