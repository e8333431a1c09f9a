/**
 * Compactions of every document in one lane, one per turn of the event loop. Documents typed into
 * at the same pace reach their compaction threshold together (a room of ten clients each, started
 * at the same time), and each compaction encodes the whole document and rewrites its log: run back
 * to back in one turn they stalled the relay for tens of milliseconds, which every update waiting
 * behind them paid as latency. One at a time, with the socket reads and writes of a whole turn in
 * between, the stall is one compaction long.
 */

export class CompactionLane {
  private readonly waiting: (() => Promise<unknown>)[] = []
  private running = false

  /** runs `compaction` after those scheduled before it, in a turn of its own */
  schedule(compaction: () => Promise<unknown>): void {
    this.waiting.push(compaction)
    if (!this.running) this.next()
  }

  private next(): void {
    const compaction = this.waiting.shift()
    this.running = compaction !== undefined
    if (!compaction) return
    setImmediate(() => {
      compaction()
        .catch(() => undefined)
        .finally(() => this.next())
    })
  }
}

/** the process's one lane: every document of every relay in this process compacts through it */
export const compactionLane = new CompactionLane()
