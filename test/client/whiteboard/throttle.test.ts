import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { throttle } from '../../../client/src/views/whiteboard/throttle'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('throttle', () => {
  it('runs the first call at once', () => {
    const fn = vi.fn()
    throttle(fn, 50).call()
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it.each([
    [1, 0, 1],
    [5, 0, 1],
    [5, 50, 2],
    [5, 100, 2],
  ])('after %i calls in one window and %i ms, has run %i times', (calls, ms, runs) => {
    const fn = vi.fn()
    const t = throttle(fn, 50)
    for (let i = 0; i < calls; i++) t.call()
    vi.advanceTimersByTime(ms)
    expect(fn).toHaveBeenCalledTimes(runs)
  })

  it('drops the pending run when cancelled', () => {
    const fn = vi.fn()
    const t = throttle(fn, 50)
    t.call()
    t.call()
    t.cancel()
    vi.advanceTimersByTime(200)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('runs at once again after a quiet window', () => {
    const fn = vi.fn()
    const t = throttle(fn, 50)
    t.call()
    vi.advanceTimersByTime(60)
    t.call()
    expect(fn).toHaveBeenCalledTimes(2)
  })
})
