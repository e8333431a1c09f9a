/** The workspace layout around the current board; provides the workspace context to every view. */
import { SignOutButton } from '../session/SignOutButton'
import { Suspense, useEffect, useMemo, useRef, useState } from 'react'
import type { ClientConfig, WorkspaceView } from '../../../shared/api/contract'
import { FacilitationProvider } from '../views/facilitator/FacilitationProvider'
import { PinnedPrompts } from '../views/facilitator/PinnedPrompts'
import { FacilitatorDock } from '../views/facilitator/FacilitatorDock'
import { SessionBar } from '../views/facilitator/SessionBar'
import { TimerBadge } from '../views/facilitator/TimerBadge'
import { BOARD_VIEWS, findView } from '../views/registry'
import { BoardNav } from './BoardNav'
import { WorkspaceContext, type WorkspaceContextValue } from './context'
import { useFirstSync, usePresence } from './hooks'
import { MemberList } from './MemberList'
import { ShareDialog } from './ShareDialog'
import { StatusPill } from './StatusPill'
import type { WorkspaceConnection } from './workspace-connection'

interface Props {
  view: WorkspaceView
  config: ClientConfig
  token: string
  connection: WorkspaceConnection
  currentView: string | undefined
  personalLink: string
  onMembersChanged: () => void
}

export function WorkspaceShell({ view, config, token, connection, currentView, personalLink, onMembersChanged }: Props) {
  const { workspace, me, members } = view
  const [sharing, setSharing] = useState(() => new URLSearchParams(location.search).has('share') && me.role === 'facilitator')
  const presence = usePresence(connection)
  const ready = useFirstSync(connection)
  const board = findView(currentView)
  const views = BOARD_VIEWS.filter((v) => !v.facilitatorOnly || me.role === 'facilitator')

  // someone we have not heard of is here: they joined after we loaded the member list. Refresh at
  // most every 2 s, and always once more after the last arrival so nobody is missed.
  const known = useMemo(() => new Set(members.map((m) => m.id)), [members])
  const lastRefresh = useRef(0)
  const unknownHere = presence.some((p) => !known.has(p.userId))
  useEffect(() => {
    if (!unknownHere) return
    const wait = Math.max(0, lastRefresh.current + 2000 - Date.now())
    const timer = setTimeout(() => {
      lastRefresh.current = Date.now()
      onMembersChanged()
    }, wait)
    return () => clearTimeout(timer)
  }, [unknownHere, onMembersChanged])

  useEffect(() => connection.setLocation(board.id), [connection, board.id])

  const context: WorkspaceContextValue = useMemo(
    () => ({ workspace, me, members, token, connection, config, refreshMembers: onMembersChanged }),
    [workspace, me, members, token, connection, config, onMembersChanged],
  )

  return (
    <WorkspaceContext.Provider value={context}>
      <FacilitationProvider>
      <div className="workspace">
        <header className="workspace-header">
          <div>
            <h1>{workspace.title}</h1>
            <p className="muted">{workspace.organisation}</p>
          </div>
          <TimerBadge />
          <StatusPill connection={connection} />
          {me.role === 'facilitator' && (
            <button type="button" onClick={() => setSharing(true)}>
              Invite people
            </button>
          )}
          {me.role === 'observer' && <p className="badge">Observer — view only</p>}
          <SignOutButton workspaceId={workspace.id} token={token} />
        </header>
        <div style={{ gridArea: 'nav' }}>
          <BoardNav workspaceId={workspace.id} views={views} current={board.id} />
          <SessionBar />
        </div>
        <aside className="workspace-aside">
          <MemberList members={members} presence={presence} meId={me.id} />
          {me.role === 'facilitator' && <FacilitatorDock />}
          <PinnedPrompts />
        </aside>
        <main className="workspace-main" id="board" aria-label={board.label}>
          {ready ? (
            <Suspense fallback={<p aria-busy="true">Loading {board.label.toLowerCase()}…</p>}>
              <board.component />
            </Suspense>
          ) : (
            <p aria-busy="true" className="page">
              Connecting to the workspace…
            </p>
          )}
        </main>
      </div>
      {sharing && <ShareDialog workspaceId={workspace.id} token={token} personalLink={personalLink} onClose={() => setSharing(false)} />}
      </FacilitationProvider>
    </WorkspaceContext.Provider>
  )
}
