/**
 * Moving focus to an element that will exist after the next render (a new item's text, a moved
 * item's handle, which remounts in its new quadrant): ask by its `data-focus` key; it is focused
 * as soon as it appears.
 */
import { useCallback, useEffect, useRef, useState } from 'react'

export function useFocusRequest(): (key: string) => void {
  const pending = useRef<string>(undefined)
  const [, setTick] = useState(0)
  useEffect(() => {
    const key = pending.current
    if (key === undefined) return
    const el = document.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`)
    if (el) {
      pending.current = undefined
      el.focus()
    }
  })
  return useCallback((key: string) => {
    pending.current = key
    setTick((t) => t + 1)
  }, [])
}
