/**
 * The facilitation layer the workspace shell mounts once: reads `control`, keeps the server clock,
 * and moves followers to their target (group → spotlight → phase board). "Bring everyone" (a new
 * spotlight or a breakout round starting or ending) makes everyone follow again, even those who
 * broke away; a phase move takes only those who still follow.
 */
import './facilitation.css'
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { readControl } from '../../../shared/doc/control'
import { controlRoot, ROOTS } from '../../../shared/doc/schema'
import { navigate, usePath } from '../router'
import { useWorkspace } from '../workspace/context'
import { useDocRead } from '../workspace/use-doc-read'
import { DEFAULT_BOARD, FACILITATOR_ONLY_BOARDS, SHARED_BOARDS } from '../../../shared/doc/boards'
import { fetchServerTime } from './api'
import { FacilitationContext, type Facilitation } from './context'
import { followTarget, followsByDefault, viewPathOf } from './follow'
import { ServerClock } from './server-clock'

const BOARDS = SHARED_BOARDS
const FACILITATOR_ONLY = FACILITATOR_ONLY_BOARDS

export function FacilitationProvider({ children }: { children: ReactNode }) {
  const { connection, me, workspace, refreshMembers } = useWorkspace()
  const control = useDocRead(connection.control.doc, readControl, { roots: [ROOTS.control.control] })

  const [clock] = useState(() => new ServerClock({ fetchTime: fetchServerTime }))
  useEffect(() => clock.start(), [clock])

  const viewPath = viewPathOf(usePath())
  const target = useMemo(() => followTarget(control, me, BOARDS, DEFAULT_BOARD), [control, me])
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
      if (event?.reason.includes('role changed')) refreshMembers()
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
