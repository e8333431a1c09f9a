/** The first focus stop of every workspace page (WCAG 2.4.1): straight past header, nav and people to the board. */
import type { RefObject } from 'react'
import { focusVisibly } from '../ui/quiet-focus'

export function SkipLink({ target }: { target: RefObject<HTMLElement | null> }) {
  return (
    <a
      className="skip-link"
      href="#board"
      onClick={(e) => {
        // focus, not the URL fragment: the router keeps its own use of the hash
        e.preventDefault()
        if (target.current) focusVisibly(target.current)
      }}
    >
      Skip to board
    </a>
  )
}
