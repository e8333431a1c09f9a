/**
 * Moving through an agenda's phases. The cursor carries an `epoch` that grows on every real move,
 * and a member's "ready" mark counts only for the epoch it was given in — so every move resets all
 * ready marks at once, without anyone having to clear them (members cannot write `control`).
 */
import { err, ok, type Result } from '../../result'

export interface PhaseCursor {
  readonly index: number
  /** bumped on each move; ready marks from an older epoch are stale */
  readonly epoch: number
}

export const START: PhaseCursor = { index: 0, epoch: 0 }

function moveTo(cursor: PhaseCursor, index: number): PhaseCursor {
  return index === cursor.index ? cursor : { index, epoch: cursor.epoch + 1 }
}

/** Forward one phase; stays on the last phase (no wrap-around: the end of a session is deliberate). */
export function nextPhase(cursor: PhaseCursor, count: number): PhaseCursor {
  return moveTo(cursor, Math.max(0, Math.min(cursor.index + 1, count - 1)))
}

export function previousPhase(cursor: PhaseCursor, count: number): PhaseCursor {
  return moveTo(cursor, Math.max(0, Math.min(cursor.index - 1, count - 1)))
}

export function goToPhase(cursor: PhaseCursor, index: number, count: number): Result<PhaseCursor, string> {
  if (!Number.isInteger(index) || index < 0 || index >= count) return err(`phase ${index} is outside 0…${count - 1}`)
  return ok(moveTo(cursor, index))
}

/**
 * The agenda may have shrunk under a stored cursor (a co-facilitator swapped templates);
 * clamp rather than point past the end.
 */
export function clampCursor(cursor: PhaseCursor, count: number): PhaseCursor {
  return cursor.index < count ? cursor : { index: Math.max(0, count - 1), epoch: cursor.epoch }
}

export const isFirstPhase = (cursor: PhaseCursor): boolean => cursor.index === 0
export const isLastPhase = (cursor: PhaseCursor, count: number): boolean => cursor.index >= count - 1

/**
 * What a member publishes in their awareness state to say "ready". Awareness, not a document:
 * members cannot write `control`, a private doc is unreadable by the facilitator, and a ready mark
 * is worthless after the session, so it should not be stored at all.
 */
export interface ReadyMark {
  readonly memberId: string
  readonly epoch: number
}

/** Member ids that are ready for the current phase (marks from other epochs are ignored). */
export function readyMembers(marks: Iterable<ReadyMark | null | undefined>, cursor: PhaseCursor): ReadonlySet<string> {
  const ready = new Set<string>()
  for (const mark of marks) if (mark && mark.epoch === cursor.epoch) ready.add(mark.memberId)
  return ready
}
