/**
 * "Jump to" navigation of the plan's sections (issue 18): each link moves focus to the section's
 * heading, so keyboard and screen-reader users land there instead of tabbing through every field.
 * The URL hash is left alone (invite links use it).
 */
import type { MouseEvent } from 'react'
import { SECTION_HEADINGS, SECTION_ORDER, type SectionId } from '../../../../shared/plan/tool-a'

/** The heading ids the section components give their <h2>. */
export const SECTION_HEADING_IDS = {
  atAGlance: 'plan-at-a-glance',
  direction: 'plan-direction',
  overview: 'plan-overview',
  signatures: 'plan-signatures',
  needs: 'plan-needs',
  planning: 'plan-planning',
  reporting: 'plan-reporting',
  supports: 'plan-supports',
} as const satisfies Record<SectionId, string>

/** Scrolls only the board's own scroller (scrollIntoView would also nudge the page and hide the header). */
function scrollWithin(el: HTMLElement): void {
  for (let box = el.parentElement; box; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box)
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) {
      box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top - 8
      return
    }
  }
  el.scrollIntoView({ block: 'start' })
}

function jump(e: MouseEvent<HTMLAnchorElement>, id: string): void {
  const heading = document.getElementById(id)
  if (!heading) return
  e.preventDefault()
  // a heading is not focusable by itself; -1 keeps it out of the Tab order
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
  scrollWithin(heading)
  heading.focus({ preventScroll: true })
}

export function SectionJump() {
  return (
    <nav className="plan-jump no-print" aria-label="Plan sections">
      <span className="plan-jump-label" aria-hidden="true">
        Jump to:
      </span>
      <ul>
        {SECTION_ORDER.map((s) => (
          <li key={s}>
            <a href={`#${SECTION_HEADING_IDS[s]}`} onClick={(e) => jump(e, SECTION_HEADING_IDS[s])}>
              {SECTION_HEADINGS[s]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
