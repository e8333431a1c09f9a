/**
 * Where a member who follows the facilitator should be, as a pure function of the control state:
 * their breakout group while a round runs, else the person they follow (wherever that person is),
 * else the spotlight, else the current phase's board.
 * Boards this client has no view for fall back to the whiteboard (`resolveBoard`).
 */
import { resolveBoard } from '../../../shared/content/agendas'
import type { MemberRole } from '../../../shared/auth/roles'
import { currentPhase, groupOfMember, type ControlState } from '../../../shared/domain/facilitation/control-state'

export interface FollowTarget {
  /** a workspace-relative view path: `swot`, `group/<id>` */
  readonly path: string
  readonly reason: 'breakout' | 'leader' | 'spotlight' | 'phase'
  /** the member being followed (leader and spotlight)*/
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
  /** the person this member follows and the view path they are on (from presence) */
  leader?: { readonly id: string; readonly path: string | undefined },
): FollowTarget | null {
  const available = new Set(views.keys())
  const labelOf = (board: string) => views.get(board) ?? board
  const groupId = state.breakout?.active && me.role === 'participant' ? groupOfMember(state, me.id) : undefined
  if (groupId) {
    const name = state.breakout?.groups.find((g) => g.id === groupId)?.name ?? 'your group'
    return { path: groupPath(groupId), reason: 'breakout', label: name }
  }
  if (leader?.path !== undefined && isFollowablePath(leader.path, available, state, me)) {
    const [board] = leader.path.split('/')
    const group = state.breakout?.groups.find((g) => `${GROUP_VIEW}/${g.id}` === leader.path)
    return { path: leader.path, reason: 'leader', leaderId: leader.id, label: group?.name ?? labelOf(board ?? leader.path) }
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

/** A leader's location a follower may open: a shared board, or a group board they may read. */
function isFollowablePath(path: string, available: ReadonlySet<string>, state: ControlState, me: { readonly id: string; readonly role: MemberRole }): boolean {
  if (!path.startsWith(`${GROUP_VIEW}/`)) return available.has(path)
  const groupId = path.slice(GROUP_VIEW.length + 1)
  if (me.role !== 'participant') return true
  // participants read other groups' boards only once the round has ended (gallery walk, share-out)
  return groupOfMember(state, me.id) === groupId || state.breakout?.active === false
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
