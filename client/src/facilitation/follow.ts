/**
 * Where a member who follows the facilitator should be, as a pure function of the control state:
 * their breakout group while a round runs, else the spotlight, else the current phase's board.
 * Boards this client has no view for fall back to the whiteboard (`resolveBoard`).
 */
import { resolveBoard } from '../../../shared/content/agendas'
import type { MemberRole } from '../../../shared/auth/roles'
import { currentPhase, groupOfMember, type ControlState } from '../../../shared/domain/facilitation/control-state'

export interface FollowTarget {
  /** a workspace-relative view path: `swot`, `group/<id>` */
  readonly path: string
  readonly reason: 'breakout' | 'spotlight' | 'phase'
  /** the member being followed (spotlight only) */
  readonly leaderId?: string
  /** what the bar says: the group's name, the board's label */
  readonly label: string
}

export const GROUP_VIEW = 'group'
export const groupPath = (groupId: string): string => `${GROUP_VIEW}/${groupId}`

/** The view path the router is showing: `/w/<id>/group/<gid>` → `group/<gid>`, `/w/<id>/swot` → `swot`. */
export function viewPathOf(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean)
  if (parts[0] !== 'w') return ''
  return parts.slice(2, parts[2] === GROUP_VIEW ? 4 : 3).join('/')
}

export function followTarget(
  state: ControlState,
  me: { readonly id: string; readonly role: MemberRole },
  views: ReadonlyMap<string, string>,
  fallback: string,
): FollowTarget | null {
  const available = new Set(views.keys())
  const labelOf = (board: string) => views.get(board) ?? board
  const groupId = state.breakout?.active && me.role === 'participant' ? groupOfMember(state, me.id) : undefined
  if (groupId) {
    const name = state.breakout?.groups.find((g) => g.id === groupId)?.name ?? 'your group'
    return { path: groupPath(groupId), reason: 'breakout', label: name }
  }
  if (state.spotlight) {
    const board = resolveBoard(state.spotlight.board, available, fallback)
    return { path: board, reason: 'spotlight', leaderId: state.spotlight.memberId, label: labelOf(board) }
  }
  const phase = currentPhase(state)
  if (phase) {
    const board = resolveBoard(phase.board, available, fallback)
    return { path: board, reason: 'phase', label: labelOf(board) }
  }
  return null
}

/** Facilitators lead; everyone else follows by default and may break away. */
export const followsByDefault = (role: MemberRole): boolean => role !== 'facilitator'

/**
 * The board a facilitator brings everyone to: where they are, unless that is a page only they can
 * see or one group's board (others could not open it) — then null, and the button says why.
 */
export function spotlightBoard(viewPath: string, facilitatorOnly: ReadonlySet<string>): string | null {
  if (viewPath === '' || viewPath.startsWith(`${GROUP_VIEW}/`) || viewPath === GROUP_VIEW || facilitatorOnly.has(viewPath)) return null
  return viewPath
}
