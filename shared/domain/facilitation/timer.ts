/**
 * The session timer as plain values on the SERVER clock. A running timer stores when it ends, not
 * how long is left, so every client computes the same remaining time from `serverNow` (its own clock
 * plus the estimated offset, see ./clock.ts) and nobody has to tick the shared document.
 */

export type TimerState =
  | { readonly status: 'idle'; readonly durationMs: number }
  | { readonly status: 'running'; readonly durationMs: number; readonly endsAt: number }
  | { readonly status: 'paused'; readonly durationMs: number; readonly remainingMs: number }

export const TIMER_STATUSES = ['idle', 'running', 'paused'] as const

export const idleTimer = (durationMs: number): TimerState => ({ status: 'idle', durationMs: Math.max(0, durationMs) })

export function startTimer(durationMs: number, serverNow: number): TimerState {
  const d = Math.max(0, durationMs)
  return { status: 'running', durationMs: d, endsAt: serverNow + d }
}

export function remaining(state: TimerState, serverNow: number): number {
  switch (state.status) {
    case 'idle':
      return state.durationMs
    case 'paused':
      return state.remainingMs
    case 'running':
      // never more than its duration: a screen whose server-clock estimate runs a few ms behind the
      // one that started the timer would otherwise read 10:01 on a ten-minute timer
      return Math.min(state.durationMs, Math.max(0, state.endsAt - serverNow))
  }
}

export const isExpired = (state: TimerState, serverNow: number): boolean =>
  state.status === 'running' && serverNow >= state.endsAt

/** Pausing an expired timer leaves it paused at zero, which the panel shows as "time's up". */
export function pauseTimer(state: TimerState, serverNow: number): TimerState {
  if (state.status !== 'running') return state
  return { status: 'paused', durationMs: state.durationMs, remainingMs: remaining(state, serverNow) }
}

export function resumeTimer(state: TimerState, serverNow: number): TimerState {
  if (state.status !== 'paused') return state
  return { status: 'running', durationMs: state.durationMs, endsAt: serverNow + state.remainingMs }
}

/**
 * Add (or, with a negative delta, take away) time. On an expired running timer the extra time
 * counts from now — "two more minutes" means two minutes, not two minutes minus the overrun.
 * Remaining time never goes below zero; `durationMs` follows so progress bars stay proportional.
 */
export function addTime(state: TimerState, deltaMs: number, serverNow: number): TimerState {
  switch (state.status) {
    case 'idle':
      return idleTimer(state.durationMs + deltaMs)
    case 'paused': {
      const left = Math.max(0, state.remainingMs + deltaMs)
      return { status: 'paused', durationMs: Math.max(left, state.durationMs + deltaMs), remainingMs: left }
    }
    case 'running': {
      const endsAt = Math.max(serverNow, Math.max(state.endsAt, serverNow) + deltaMs)
      const left = endsAt - serverNow
      return { status: 'running', durationMs: Math.max(left, state.durationMs + deltaMs), endsAt }
    }
  }
}

export const resetTimer = (state: TimerState): TimerState => idleTimer(state.durationMs)

/** 0 → 1 as time runs out; 0 for a zero-length timer. */
export function progress(state: TimerState, serverNow: number): number {
  if (state.durationMs <= 0) return 0
  return Math.min(1, Math.max(0, 1 - remaining(state, serverNow) / state.durationMs))
}

/**
 * mm:ss, rounding UP to the whole second so the display reads 00:01 until time is truly out and
 * never shows 00:00 while time remains. Minutes do not roll into hours (a 90-minute block is 90:00).
 */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`
}
