/**
 * A link back to the board an item came from. The board view ids are the other boards' entries in
 * views/registry.ts; if one is not registered the shell falls back to its default board.
 */
import type { ReactNode } from 'react'
import { navigate } from '../../router'
import { usePlan } from './plan-context'

export const BOARD_IDS = { swot: 'swot', cause: 'fishbone', rubric: 'rubric' } as const

export function BoardLink({ board, children }: { board: keyof typeof BOARD_IDS; children: ReactNode }) {
  const { workspaceId } = usePlan()
  const href = `/w/${workspaceId}/${BOARD_IDS[board]}`
  return (
    <a
      href={href}
      onClick={(e) => {
        e.preventDefault()
        navigate(href)
      }}
    >
      {children}
    </a>
  )
}
