/** Re-renders a few times a second while `active`, returning the server-clock time. */
import { useEffect, useState } from 'react'
import type { ServerClock } from './server-clock'

export function useServerNow(clock: ServerClock, active: boolean, everyMs = 200): number {
  const [now, setNow] = useState(() => clock.now())
  useEffect(() => {
    setNow(clock.now())
    const offClock = clock.subscribe(() => setNow(clock.now()))
    if (!active) return offClock
    const timer = setInterval(() => setNow(clock.now()), everyMs)
    return () => {
      clearInterval(timer)
      offClock()
    }
  }, [clock, active, everyMs])
  return now
}
