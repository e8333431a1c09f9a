/**
 * The facilitation layer the workspace shell mounts once: reads `control`, keeps the server clock,
 * and moves followers to their target (group → spotlight → phase board). "Bring everyone" (a new
 * spotlight or a breakout round starting or ending) makes everyone follow again, even those who
 * broke away; a phase move takes only those who still follow.
 */
import { CLOSE } from '../../../../shared/sync/close-codes'
import './facilitator.css'
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { readControl } from '../../../../shared/doc/control'
import { controlRoot } from '../../../../shared/doc/schema'
import { navigate, usePath } from '../../router'
import { useWorkspace } from '../../workspace/context'
import { useDocVersion } from '../../workspace/hooks'
import { BOARD_VIEWS, DEFAULT_VIEW } from '../registry'
import { fetchServerTime } from './api'
import { FacilitationContext, type Facilitation } from './context'
import { followTarget, followsByDefault, GROUP_VIEW, viewPathOf } from './follow'
import { ServerClock } from './server-clock'

const BOARDS = new Map(BOARD_VIEWS.filter((v) => !v.facilitatorOnly && v.id !== GROUP_VIEW).map((v) => [v.id, v.label]))
const FACILITATOR_ONLY = new Set(BOARD_VIEWS.filter((v) => v.facilitatorOnly).map((v) => v.id))

export function FacilitationProvider({ children }: { children: ReactNode }) {
  const { connection, me, workspace, refreshMembers } = useWorkspace()
  const version = useDocVersion(connection.control.doc)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const control = useMemo(() => readControl(connection.control.doc), [connection, version])

  const [clock] = useState(() => new ServerClock({ fetchTime: fetchServerTime }))
  useEffect(() => clock.start(), [clock])

  const viewPath = viewPathOf(usePath())
  const target = useMemo(() => followTarget(control, me, BOARDS, DEFAULT_VIEW), [control, me])
  const [following, setFollowing] = useState(() => followsByDefault(me.role))

  // follow: go to the target whenever it changes (or on joining), unless this person broke away
  const targetPath = target?.path
  useEffect(() => {
    if (following && targetPath !== undefined && viewPath !== targetPath) navigate(`/w/${workspace.id}/${targetPath}`)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [following, targetPath, workspace.id])

  // break away: a follower who leaves the target board by themselves stops following
  const previous = useRef(viewPath)
  useEffect(() => {
    if (following && previous.current === targetPath && viewPath !== targetPath) setFollowing(false)
    previous.current = viewPath
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewPath])

  // "bring everyone": any write of the spotlight or the breakout round re-joins everyone but the leader
  useEffect(() => {
    if (!followsByDefault(me.role)) return
    const root = controlRoot(connection.control.doc)
    const onChange = (event: { keysChanged: Set<string> }) => {
      const spotlight = event.keysChanged.has('spotlight') && root.has('spotlight')
      if (spotlight || event.keysChanged.has('breakout')) setFollowing(true)
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
    setFollowing(true)
    if (targetPath !== undefined) navigate(`/w/${workspace.id}/${targetPath}`)
  }, [targetPath, workspace.id])
  const stopFollowing = useCallback(() => setFollowing(false), [])

  const value: Facilitation = useMemo(
    () => ({ control, clock, target, following, follow, stopFollowing, viewPath, boards: BOARDS, facilitatorOnly: FACILITATOR_ONLY }),
    [control, clock, target, following, follow, stopFollowing, viewPath],
  )
  return <FacilitationContext.Provider value={value}>{children}</FacilitationContext.Provider>
}
