/**
 * WCAG 2.4.3: when the element a person was on disappears (the join form after joining, a "Create
 * the first board" button once the board exists), focus lands on the page body and a screen reader
 * starts over. This moves it to the board region instead — named by the board, visible, and one Tab
 * from the board's first control. Focus that is somewhere real is never moved.
 */
import { useEffect, type RefObject } from 'react'
import { focusQuietly } from '../ui/quiet-focus'

const lost = (): boolean => document.activeElement === null || document.activeElement === document.body

export function useFocusRescue(target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const rescue = () => {
      if (target.current) focusQuietly(target.current, { preventScroll: true })
    }
    // arriving from the join page (or a reload): its form is gone
    if (lost()) rescue()
    let last: Element | null = document.activeElement
    const onFocusIn = (e: FocusEvent) => {
      if (e.target instanceof Element) last = e.target
    }
    const observer = new MutationObserver(() => {
      if (lost() && last !== null && !last.isConnected) {
        last = null
        rescue()
      }
    })
    document.addEventListener('focusin', onFocusIn)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => {
      document.removeEventListener('focusin', onFocusIn)
      observer.disconnect()
    }
  }, [target])
}

/** "Board · Workspace · Rootwork" (WCAG 2.4.2), restored to the plain name on leaving. */
export function usePageTitle(...parts: readonly string[]): void {
  const title = [...parts, 'Rootwork'].join(' · ')
  useEffect(() => {
    document.title = title
    return () => {
      document.title = 'Rootwork'
    }
  }, [title])
}
