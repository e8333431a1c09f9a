/**
 * The session timer everyone sees, read against the server clock so every screen agrees. At zero it
 * says "Time's up" (text, not only colour), announces it once to screen readers, and — only if this
 * person switched it on — plays a soft chime. A `compact` copy (e.g. on a group board) stays silent. `data-ends-at-local` lets tests compare screens exactly.
 */
import { useEffect, useRef, useState } from 'react'
import { formatRemaining, remaining } from '../../../shared/domain/facilitation/timer'
import { chimeEnabled, playChime, setChimeEnabled } from './chime'
import { useFacilitation } from './context'
import { useServerNow } from './use-now'
import { useAnnounce } from './announcer'

const noop = (): void => {}

export function TimerBadge({ compact = false }: { compact?: boolean }) {
  const { control, clock } = useFacilitation()
  const timer = control.timer
  const now = useServerNow(clock, timer.status === 'running')
  const left = remaining(timer, now)
  const done = timer.status === 'running' && left <= 0
  // spoken through the workspace's one announcer; a compact copy elsewhere stays quiet
  const announce = useAnnounce()
  const setAnnouncement = compact ? noop : announce
  const [chime, setChime] = useState(chimeEnabled)

  // announce and chime on the crossing only, not when someone joins after time ran out
  const wasRunningWithTime = useRef(false)
  useEffect(() => {
    if (timer.status === 'running' && left > 0) wasRunningWithTime.current = true
    else if (done && wasRunningWithTime.current) {
      wasRunningWithTime.current = false
      setAnnouncement("Time's up.")
      if (!compact && chimeEnabled()) playChime()
    } else if (timer.status !== 'running') wasRunningWithTime.current = false
  }, [timer.status, left, done, compact, setAnnouncement])

  useEffect(() => {
    if (timer.status === 'paused') setAnnouncement(`Timer paused at ${formatRemaining(left)}.`)
    else if (timer.status === 'running') {
      // a change that leaves no time (the last minute taken off) is "Time's up", said by the effect above
      const leftNow = remaining(timer, clock.now())
      if (leftNow > 0) setAnnouncement(`Timer running: ${formatRemaining(leftNow)} left.`)
    }
    // only status changes are worth announcing; the seconds ticking are not
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [timer.status, timer.status === 'running' ? timer.endsAt : 0])

  if (timer.status === 'idle' && timer.durationMs === 0) {
    return (
      <p className="timer-badge idle" data-testid="timer" data-status="idle">
        <span className="visually-hidden">Timer: </span>No timer
      </p>
    )
  }
  const status = done ? "Time's up" : timer.status === 'paused' ? 'Paused' : timer.status === 'idle' ? 'Not started' : 'Time left'
  return (
    <div
      className={`timer-badge ${done ? 'done' : timer.status}`}
      data-testid="timer"
      data-status={done ? 'done' : timer.status}
      data-ends-at-local={timer.status === 'running' ? Math.round(clock.toLocal(timer.endsAt)) : undefined}
    >
      <span className="timer-status">{status}</span>{' '}
      <span className="timer-digits" aria-hidden={done} data-testid="timer-digits">
        {formatRemaining(left)}
      </span>
      {!compact && (
        <button
          type="button"
          className="link-button"
          aria-pressed={chime}
          title="Play a soft chime when the timer reaches zero"
          onClick={() => {
            setChimeEnabled(!chime)
            setChime(!chime)
          }}
        >
          {chime && <span aria-hidden="true">✓ </span>}Chime at zero
        </button>
      )}
    </div>
  )
}
