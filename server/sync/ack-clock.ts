/**
 * The "saved" acknowledgements of every connection, on one timer. A writer is acknowledged once it
 * has been quiet for `delayMs` after its last durable write, and at most `maxDelayMs` after the
 * first one not yet acknowledged (see connection.ts for what an acknowledgement is). One interval
 * ticking every `delayMs / 3` serves all writers: a timer per connection re-armed on every quiet
 * check woke the process about as often as the updates themselves did under steady typing. The
 * interval runs only while some writer waits, and never keeps the process alive.
 */

export interface AckTarget {
  /** sends the acknowledgement */
  ack(): void
}

interface Waiting {
  readonly first: number
  last: number
}

export class AckClock {
  private readonly waiting = new Map<AckTarget, Waiting>()
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly delayMs: number,
    private readonly maxDelayMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** a write of `target` is durable */
  wrote(target: AckTarget): void {
    const at = this.now()
    const waiting = this.waiting.get(target)
    if (waiting) waiting.last = at
    else this.waiting.set(target, { first: at, last: at })
    if (!this.timer) {
      this.timer = setInterval(() => this.tick(), Math.max(1, Math.floor(this.delayMs / 3)))
      this.timer.unref()
    }
  }

  /** `target` is gone: nothing is sent to it */
  forget(target: AckTarget): void {
    this.waiting.delete(target)
  }

  /** sends every acknowledgement that is due now */
  tick(): void {
    const at = this.now()
    for (const [target, waiting] of this.waiting) {
      if (at - waiting.last < this.delayMs && at - waiting.first < this.maxDelayMs) continue
      this.waiting.delete(target)
      target.ack()
    }
    if (this.waiting.size === 0 && this.timer) {
      clearInterval(this.timer)
      this.timer = undefined
    }
  }

  stop(): void {
    this.waiting.clear()
    clearInterval(this.timer)
    this.timer = undefined
  }
}
