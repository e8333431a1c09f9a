/**
 * A board's visible status line whose sentence is spoken by the workspace's one announcer. The line
 * itself is not live, so a screen reader hears each sentence once, from one place.
 */
import { useCallback, useState } from 'react'
import { useAnnounce } from './announcer'

export function useStatusLine(): [string, (message: string) => void] {
  const speak = useAnnounce()
  const [message, setMessage] = useState('')
  const say = useCallback(
    (next: string) => {
      setMessage(next)
      speak(next)
    },
    [speak],
  )
  return [message, say]
}
