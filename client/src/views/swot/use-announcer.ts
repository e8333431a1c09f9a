/** One polite live region per board: `announce` speaks a sentence, even the same one twice in a row. */
import { useCallback, useState } from 'react'

export function useAnnouncer(): { readonly message: string; readonly announce: (message: string) => void } {
  const [message, setMessage] = useState('')
  // a trailing no-break space toggles so a repeated sentence is still a change screen readers read
  const announce = useCallback((next: string) => setMessage((prev) => (prev === next ? `${next}\u00a0` : next)), [])
  return { message, announce }
}
