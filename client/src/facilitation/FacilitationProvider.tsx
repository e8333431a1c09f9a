/**
 * The facilitation layer the workspace shell mounts once: reads `control`, keeps the server clock,
 * and moves followers to their target (group → spotlight → phase board). "Bring everyone" (a new
 * spotlight or a breakout round starting or ending) makes everyone follow again, even those who
 * broke away; a phase move takes only those who still follow.
 */
import { CLOSE } from '../../../shared/sync/close-codes'
import './facilitation.css'
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { readControl } from '../../../shared/doc/control'
import { controlRoot, ROOTS } from '../../../shared/doc/schema'
import { navigate, usePath } from '../router'
import { useWorkspace } from '../workspace/context'
import { usePresence } from '../workspace/hooks'
import { useDocRead } from '../workspace/use-doc-read'
import { loadFollowState, saveFollowState, type FollowState } from './follow-state'
import { DEFAULT_BOARD, FACILITATOR_ONLY_BOARDS, SHARED_BOARDS } from '../../../shared/doc/boards'
import { fetchServerTime } from './api'
import { FacilitationContext, type Facilitation } from './context'
import { followTarget, followsByDefault, viewPathOf } from './follow'
import { ServerClock } from './server-clock'
import { AnnounceContext, LiveRegion, useFacilitatorAnnouncements, useLiveMessage } from './announcer'

const BOARDS = SHARED_BOARDS
const FACILITATOR_ONLY = FACILITATOR_ONLY_BOARDS

export function FacilitationProvider({ children }: { children: ReactNode }) {
  const { connection, me, workspace, refreshMembers } = useWorkspace()
  const control = useDocRead(connection.control.doc, readControl, { roots: [ROOTS.control.control] })
  const presence = usePresence(connection)

  const live = useLiveMessage()
  useFacilitatorAnnouncements(connection.control, connection.published, live.announce)
  const [clock] = useState(() => new ServerClock({ fetchTime: fetchServerTime }))
  useEffect(() => clock.start(), [clock])

  // an address without a board shows the default board: that is where this person is
  const viewPath = viewPathOf(usePath()) || DEFAULT_BOARD
  const [state, setState] = useState<FollowState>(
    () => loadFollowState(workspace.id, me.id) ?? { following: followsByDefault(me.role), ...(control.follow ? { lead: control.follow.since } : {}) },
  )
  useEffect(() => saveFollowState(workspace.id, me.id, state), [workspace.id, me.id, state])
  const following = state.following

  // whom to follow: someone chosen from the presence list, else the facilitator leading "Follow me"
  const lead = control.follow && control.follow.leaderId !== me.id ? control.follow : null
  const leaderId = state.member ?? lead?.leaderId
  const leaderPath = leaderId === undefined ? undefined : presence.find((p) => p.userId === leaderId)?.view
  const target = useMemo(
    () => followTarget(control, me, BOARDS, DEFAULT_BOARD, leaderId === undefined ? undefined : { id: leaderId, path: leaderPath }),
    [control, me, leaderId, leaderPath],
  )

  // a new "Follow me" takes everyone along again, even those who had broken away from the last one
  const leadSince = lead?.since
  if (leadSince !== undefined && state.lead !== leadSince && state.member === undefined) setState({ following: true, lead: leadSince })

  // follow: go to the target whenever it changes (or on joining), unless this person broke away
  const targetPath = target?.path
  const [arrived, setArrived] = useState<string>()
  useEffect(() => {
    if (!following || targetPath === undefined || viewPath === targetPath) return
    setArrived(targetPath)
    navigate(`/w/${workspace.id}/${targetPath}`)
  }, [following, targetPath, viewPath, workspace.id])

  // break away: a follower who was on the target board and leaves it by themselves stops following
  const [lastPath, setLastPath] = useState(viewPath)
  if (lastPath !== viewPath) {
    setLastPath(viewPath)
    if (following && lastPath === targetPath && viewPath !== targetPath && viewPath !== arrived) setState((s) => ({ ...s, following: false }))
  }

  // "bring everyone": any write of the spotlight or the breakout round re-joins everyone but the leader
  useEffect(() => {
    if (!followsByDefault(me.role)) return
    const root = controlRoot(connection.control.doc)
    const onChange = (event: { keysChanged: Set<string> }) => {
      const spotlight = event.keysChanged.has('spotlight') && root.has('spotlight')
      if (spotlight || event.keysChanged.has('breakout')) setState((s) => ({ ...s, following: true, member: undefined }))
    }
    root.observe(onChange)
    return () => root.unobserve(onChange)
  }, [connection, me.role])

  // a promotion closes this member's sockets with a reason; reload who we are so the UI matches
  useEffect(() => {
    const provider = connection.control.provider
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === CLOSE.roleChanged) refreshMembers()
    }
    provider.on('connection-close', onClose)
    return () => provider.off('connection-close', onClose)
  }, [connection, refreshMembers])

  const follow = useCallback(() => {
    setState((s) => ({ ...s, following: true }))
    if (targetPath !== undefined) navigate(`/w/${workspace.id}/${targetPath}`)
  }, [targetPath, workspace.id])
  const followMember = useCallback((memberId: string) => setState((s) => ({ ...s, following: true, member: memberId })), [])
  const stopFollowing = useCallback(() => setState((s) => ({ ...s, following: false })), [])

  const value: Facilitation = useMemo(
    () => ({
      control,
      clock,
      target,
      following,
      follow,
      followMember,
      stopFollowing,
      viewPath,
      boards: BOARDS,
      facilitatorOnly: FACILITATOR_ONLY,
    }),
    [control, clock, target, following, follow, followMember, stopFollowing, viewPath],
  )
  return (
    <FacilitationContext.Provider value={value}>
      <AnnounceContext.Provider value={live.announce}>
        {children}
        <LiveRegion message={live.message} />
      </AnnounceContext.Provider>
    </FacilitationContext.Provider>
  )
}
