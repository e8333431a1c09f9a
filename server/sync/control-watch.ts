/**
 * A loaded `control` document's state as plain data, re-read only when that document changes, and
 * when each board lock was first seen here (updates in flight when a lock lands get a short grace).
 */
import { readControl } from '../../shared/doc/control'
import type { ControlState } from '../../shared/domain/facilitation/control-state'
import type { LiveDoc } from './live-doc'

interface Watched {
  state: ControlState
  readonly lockedSince: Map<string, number>
}

const cache = new WeakMap<LiveDoc, Watched>()

function watch(control: LiveDoc, now: () => number): Watched {
  let entry = cache.get(control)
  if (!entry) {
    const fresh: Watched = { state: readControl(control.doc), lockedSince: new Map() }
    const noteLocks = () => {
      for (const board of fresh.state.locks) if (!fresh.lockedSince.has(board)) fresh.lockedSince.set(board, now())
      for (const board of [...fresh.lockedSince.keys()]) if (!fresh.state.locks.includes(board)) fresh.lockedSince.delete(board)
    }
    // locks already present when the document was loaded are old: no grace for them
    for (const board of fresh.state.locks) fresh.lockedSince.set(board, 0)
    control.onChange(() => {
      fresh.state = readControl(control.doc)
      noteLocks()
    })
    cache.set(control, fresh)
    entry = fresh
  }
  return entry
}

export function controlStateOf(control: LiveDoc, now: () => number = Date.now): ControlState {
  return watch(control, now).state
}

/** the locks that have been in force for at least `graceMs` */
export function settledLocks(control: LiveDoc, graceMs: number, now: () => number = Date.now): string[] {
  const { state, lockedSince } = watch(control, now)
  const t = now()
  return state.locks.filter((board) => t - (lockedSince.get(board) ?? 0) >= graceMs)
}
