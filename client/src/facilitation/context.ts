/** What the facilitation layer shares with every view: control state, server clock, following. */
import { createContext, useContext } from 'react'
import type { ControlState } from '../../../shared/domain/facilitation/control-state'
import type { FollowTarget } from './follow'
import type { ServerClock } from './server-clock'

export interface Facilitation {
  readonly control: ControlState
  readonly clock: ServerClock
  /** where a follower belongs now, or null when the facilitator has set nothing */
  readonly target: FollowTarget | null
  readonly following: boolean
  /** (re)join the facilitator: follow again and go where they are */
  follow(): void
  /** follow this member (from the presence list) wherever they go */
  followMember(memberId: string): void
  stopFollowing(): void
  /** the current view path (`swot`, `group/<id>`) */
  readonly viewPath: string
  /** registered boards a phase or spotlight may open: id → label */
  readonly boards: ReadonlyMap<string, string>
  readonly facilitatorOnly: ReadonlySet<string>
}

export const FacilitationContext = createContext<Facilitation | null>(null)

export function useFacilitation(): Facilitation {
  const value = useContext(FacilitationContext)
  if (!value) throw new Error('useFacilitation outside the workspace shell')
  return value
}
