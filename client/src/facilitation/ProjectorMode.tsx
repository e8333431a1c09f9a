/**
 * Projector mode for the screen the room watches: large text, the workspace chrome (header, board
 * list, people) hidden, only the board and a small bar with the timer and the way out. A setting of
 * this device, not of the workspace: the coach's laptop on the projector changes, nobody else's.
 */
import { useEffect } from 'react'
import { createPortal } from 'react-dom'
import { deviceFlag } from '../ui/device-flag'
import { TimerBadge } from './TimerBadge'

export const projectorMode = deviceFlag('rootwork:projector-mode', false)

/** Applies the mode to the page (html[data-projector]) and shows its bar while on. */
export function ProjectorMode() {
  const on = projectorMode.use()
  useEffect(() => {
    const root = document.documentElement
    if (on) root.dataset.projector = 'on'
    else delete root.dataset.projector
    return () => void delete root.dataset.projector
  }, [on])
  if (!on) return null
  // the bar lives outside the hidden chrome, so it stays on screen
  return createPortal(
    <div className="projector-bar" role="region" aria-label="Projector mode">
      <TimerBadge compact />
      <button type="button" onClick={() => projectorMode.set(false)}>
        Exit projector mode
      </button>
    </div>,
    document.body,
  )
}

export function ProjectorToggle() {
  const on = projectorMode.use()
  return (
    <button type="button" aria-pressed={on} onClick={() => projectorMode.set(!on)} title="Large text and no menus on this screen, for the room">
      Projector mode
    </button>
  )
}
