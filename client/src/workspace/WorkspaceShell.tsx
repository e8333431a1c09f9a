/** The workspace layout around the current board; provides the workspace context to every view. */
import { SignOutButton } from '../session/SignOutButton'
import { Suspense, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ComponentType } from 'react'
import type { ClientConfig, WorkspaceView } from '../../../shared/api/contract'
import { BOARDS, boardOrDefault, boardsFor, type BoardId } from '../../../shared/doc/boards'
import { FacilitationProvider } from '../facilitation/FacilitationProvider'
import { PinnedPrompts } from '../facilitation/PinnedPrompts'
import { FacilitatorDock } from '../facilitation/FacilitatorDock'
import { SessionBar } from '../facilitation/SessionBar'
import { TimerBadge } from '../facilitation/TimerBadge'
import { AccessBanner } from '../facilitation/AccessBanner'
import { viewPathOf } from '../facilitation/follow'
import { usePath } from '../router'
import { BoardNav } from './BoardNav'
import { WorkspaceContext, type WorkspaceContextValue } from './context'
import { useFirstSync, usePresence } from './hooks'
import { MemberList } from './MemberList'
import { ShareDialog } from './ShareDialog'
import { StatusPill } from './StatusPill'
import { RefusedNotice } from './RefusedNotice'
import { SkipLink } from './SkipLink'
import { useFocusRescue, usePageTitle } from './focus-rescue'
import type { WorkspaceConnection } from './workspace-connection'

interface Props {
  view: WorkspaceView
  config: ClientConfig
  token: string
  connection: WorkspaceConnection
  currentView: string | undefined
  personalLink: string
  onMembersChanged: () => void
  /** the board views, passed in so the shell never imports views/ */
  components: Readonly<Record<BoardId, ComponentType>>
}

const groupIdOf = (viewPath: string): string | undefined => (viewPath.startsWith('group/') ? viewPath.slice('group/'.length) : undefined)

export function WorkspaceShell({ view, config, token, connection, currentView, personalLink, onMembersChanged, components }: Props) {
  const { workspace, me, members } = view
  const [sharing, setSharing] = useState(() => new URLSearchParams(location.search).has('share') && me.role === 'facilitator')
  const presence = usePresence(connection)
  const ready = useFirstSync(connection)
  const boardId = boardOrDefault(currentView)
  const board = { id: boardId, label: BOARDS[boardId].label }
  const Board = components[boardId]
  const viewPath = viewPathOf(usePath())
  const mainRef = useRef<HTMLElement>(null)
  useFocusRescue(mainRef)
  usePageTitle(board.label, workspace.title)
  // a refused write reloads the board document in place: the board remounts on the fresh copy
  const generation = useSyncExternalStore(
    (l) => connection.subscribe(l),
    () => connection.generation,
  )

  // someone we have not heard of is here: they joined after we loaded the member list. Refresh at
  // most every 2 s, and always once more after the last arrival so nobody is missed.
  const known = useMemo(() => new Set(members.map((m) => m.id)), [members])
  const lastRefresh = useRef(0)
  const roles = useMemo(() => new Map(members.map((m) => [m.id, m.role])), [members])
  // a newcomer, or someone whose role changed (a co-facilitator promoted or returned): refresh
  const unknownHere = presence.some((p) => !known.has(p.userId) || (p.role !== undefined && p.role !== roles.get(p.userId)))
  useEffect(() => {
    if (!unknownHere) return
    const wait = Math.max(0, lastRefresh.current + 2000 - Date.now())
    const timer = setTimeout(() => {
      lastRefresh.current = Date.now()
      onMembersChanged()
    }, wait)
    return () => clearTimeout(timer)
  }, [unknownHere, onMembersChanged])

  // where this person is, for followers: the board, or `group/<id>`
  useEffect(() => connection.setLocation(viewPath || board.id), [connection, viewPath, board.id, generation])

  const context: WorkspaceContextValue = useMemo(
    () => ({ workspace, me, members, token, connection, config, refreshMembers: onMembersChanged }),
    [workspace, me, members, token, connection, config, onMembersChanged],
  )

  return (
    <WorkspaceContext.Provider value={context}>
      <FacilitationProvider>
      <SkipLink target={mainRef} />
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
          <BoardNav workspaceId={workspace.id} boards={boardsFor(me.role)} current={board.id} />
          <SessionBar />
        </div>
        <aside className="workspace-aside">
          {/* the dock first: a coach's every-minute controls stay above the fold however many people join */}
          {me.role === 'facilitator' && <FacilitatorDock />}
          <MemberList members={members} presence={presence} meId={me.id} />
        </aside>
        <main className="workspace-main" id="board" aria-label={board.label} ref={mainRef} tabIndex={-1}>
          <PinnedPrompts />
          <AccessBanner board={board.id} groupId={groupIdOf(viewPath)} />
          <RefusedNotice connection={connection} />
          {ready ? (
            <Suspense fallback={<p aria-busy="true">Loading {board.label.toLowerCase()}…</p>}>
              <Board key={generation} />
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
