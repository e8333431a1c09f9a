/**
 * One document's writes, one at a time: each step starts after the previous has settled, a step that
 * throws becomes a typed `unavailable` error, and readers can wait behind everything queued so far.
 */
import { err, type Result } from '../../shared/result'
import type { StorageError } from '../storage/types'

export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve()
  private pending = 0

  run<T, E = StorageError>(step: () => Promise<Result<T, E | StorageError>>): Promise<Result<T, E | StorageError>> {
    this.pending++
    const run = this.tail.then(step).catch((e: unknown) => err({ kind: 'unavailable' as const, message: String(e) }))
    this.tail = run.finally(() => this.pending--)
    return run
  }

  /** runs `fn` once every step queued so far has settled */
  after<T>(fn: () => T): Promise<T> {
    return this.tail.then(fn, fn)
  }

  /** resolves when nothing is queued any more (steps queued meanwhile included) */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.tail.catch(() => undefined)
  }
}
