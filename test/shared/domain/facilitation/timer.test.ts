import { describe, expect, it } from 'vitest'
import {
  addTime, formatRemaining, idleTimer, isExpired, pauseTimer, progress, remaining, resetTimer, resumeTimer, startTimer, type TimerState,
} from '../../../../shared/domain/facilitation/timer'

const MIN = 60_000

describe('timer on the server clock', () => {
  it('counts down from endsAt, whatever clock reads it', () => {
    const t = startTimer(5 * MIN, 1_000_000)
    expect(t).toEqual({ status: 'running', durationMs: 5 * MIN, endsAt: 1_000_000 + 5 * MIN })
    expect(remaining(t, 1_000_000 + MIN)).toBe(4 * MIN)
    expect(remaining(t, 1_000_000 + 6 * MIN)).toBe(0)
    expect(isExpired(t, 1_000_000 + 5 * MIN)).toBe(true)
  })

  it('never shows more than its duration on a screen whose clock estimate runs a little behind the one that started it', () => {
    const t = startTimer(10 * MIN, 1_000_000)
    expect(remaining(t, 1_000_000 - 400)).toBe(10 * MIN)
    expect(formatRemaining(remaining(t, 1_000_000 - 400))).toBe('10:00')
    const extended = addTime(t, 2 * MIN, 1_000_000)
    expect(remaining(extended, 1_000_000 - 400)).toBe(12 * MIN)
  })

  it('pauses with the time left and resumes from it later', () => {
    const paused = pauseTimer(startTimer(5 * MIN, 0), 2 * MIN)
    expect(paused).toEqual({ status: 'paused', durationMs: 5 * MIN, remainingMs: 3 * MIN })
    expect(remaining(paused, 99 * MIN)).toBe(3 * MIN)
    const resumed = resumeTimer(paused, 10 * MIN)
    expect(resumed).toEqual({ status: 'running', durationMs: 5 * MIN, endsAt: 13 * MIN })
  })

  it.each<[string, TimerState, number, number, number]>([
    ['adds to a running timer', startTimer(5 * MIN, 0), 2 * MIN, MIN, 6 * MIN],
    ['counts added time from now once expired', startTimer(5 * MIN, 0), 2 * MIN, 8 * MIN, 2 * MIN],
    ['adds to a paused timer', { status: 'paused', durationMs: 5 * MIN, remainingMs: MIN }, 30_000, 0, 90_000],
    ['adds to an idle timer', idleTimer(5 * MIN), MIN, 0, 6 * MIN],
    ['never takes a running timer below zero', startTimer(MIN, 0), -5 * MIN, 0, 0],
    ['never takes a paused timer below zero', { status: 'paused', durationMs: MIN, remainingMs: MIN }, -2 * MIN, 0, 0],
  ])('%s', (_, state, delta, now, left) => {
    expect(remaining(addTime(state, delta, now), now)).toBe(left)
  })

  it('resets to idle with the same duration', () => {
    expect(resetTimer(startTimer(3 * MIN, 50))).toEqual(idleTimer(3 * MIN))
  })

  it('reports progress from 0 to 1', () => {
    const t = startTimer(4 * MIN, 0)
    expect(progress(t, 0)).toBe(0)
    expect(progress(t, MIN)).toBe(0.25)
    expect(progress(t, 9 * MIN)).toBe(1)
    expect(progress(idleTimer(0), 0)).toBe(0)
  })

  it.each([
    [0, '00:00'],
    [1, '00:01'],
    [999, '00:01'],
    [1000, '00:01'],
    [59_001, '01:00'],
    [5 * MIN, '05:00'],
    [90 * MIN, '90:00'],
    [-5000, '00:00'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatRemaining(ms)).toBe(text)
  })
})
