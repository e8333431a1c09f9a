/**
 * The workspace: resolves the member's token (URL fragment or this device), loads the workspace,
 * opens its documents, and lays out header, people, board navigation and the current board.
 */
import { useEffect, useState } from 'react'
import { LINKS, type ClientConfig, type WorkspaceView } from '../../../shared/api/contract'
import { api } from '../api/client'
import { navigate } from '../router'
import { rememberMember, sessionFor } from '../session/sessions'
import { WorkspaceConnection, syncUrlFor } from '../workspace/workspace-connection'
import { BOARD_COMPONENTS } from '../views/registry'
import { WorkspaceShell } from '../workspace/WorkspaceShell'

function takeToken(workspaceId: string): { token: string; fromLink: boolean } | undefined {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token')
  if (fromHash) {
    history.replaceState(null, '', location.pathname + location.search)
    return { token: fromHash, fromLink: true }
  }
  const stored = sessionFor(workspaceId)?.token
  return stored ? { token: stored, fromLink: false } : undefined
}

type Loaded = { view: WorkspaceView; config: ClientConfig; token: string }

export function WorkspacePage({ workspaceId, view }: { workspaceId: string; view: string | undefined }) {
  const [taken] = useState(() => takeToken(workspaceId))
  const [token, setToken] = useState(taken?.token)
  const [loaded, setLoaded] = useState<Loaded>()
  const [problem, setProblem] = useState<string>()
  const [connection, setConnection] = useState<WorkspaceConnection>()

  const load = async () => {
    if (!token) return setProblem('You have not joined this workspace on this device. Open the invite link your facilitator sent you.')
    // a personal link's token stays the link's: this device gets a sign-in of its own, which signing out ends
    const device = taken?.fromLink && token === taken.token ? await api.deviceToken(workspaceId, token) : undefined
    const mine = device?.ok ? device.value.memberToken : token
    if (mine !== token) setToken(mine)
    const [ws, config] = await Promise.all([api.workspace(workspaceId, mine), api.config()])
    if (!ws.ok) return setProblem(ws.error.status === 404 ? 'This workspace does not exist.' : ws.error.status === 401 || ws.error.status === 403 ? 'Your access to this workspace is no longer valid.' : ws.error.message)
    if (!config.ok) return setProblem(config.error.message)
    const { workspace, me } = ws.value
    rememberMember(workspace, me, mine)
    setLoaded({ view: ws.value, config: config.value, token: mine })
  }

  useEffect(() => {
    void load()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspaceId])

  // primitives, so reloading the member list (a new `me` object) keeps the connection
  const me = loaded?.view.me
  const [meId, name, color, role, stakeholderRole] = [me?.id, me?.displayName, me?.color, me?.role, me?.stakeholderRole]
  const maxFrameBytes = loaded?.config.maxFrameBytes
  useEffect(() => {
    if (!meId || !token || name === undefined || color === undefined || !role || stakeholderRole === undefined) return
    const conn = new WorkspaceConnection(syncUrlFor(location), workspaceId, token, { id: meId, name, color, role, stakeholderRole }, { maxFrameBytes })
    setConnection(conn)
    const testHook: unknown = Reflect.get(window, '__rootworkTest')
    if (typeof testHook === 'object' && testHook !== null) Reflect.set(testHook, 'connection', conn)
    const onVisibility = () => conn.setActivity(document.visibilityState === 'visible' ? 'active' : 'away')
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      setConnection(undefined)
      conn.destroy()
    }
  }, [meId, name, color, role, stakeholderRole, token, workspaceId, maxFrameBytes])

  if (problem)
    return (
      <main className="page narrow">
        <h1>Cannot open this workspace</h1>
        <p role="alert">{problem}</p>
        <p>
          <a href="/" onClick={(e) => (e.preventDefault(), navigate('/'))}>
            Go to the home page
          </a>
        </p>
      </main>
    )
  if (!loaded || !connection || !token)
    return (
      <main className="page narrow" aria-busy="true">
        <p>Opening the workspace…</p>
      </main>
    )
  return (
    <WorkspaceShell
      view={loaded.view}
      config={loaded.config}
      token={token}
      connection={connection}
      currentView={view}
      personalLink={LINKS.personal(location.origin, workspaceId, token)}
      onMembersChanged={() => void load()}
      components={BOARD_COMPONENTS}
    />
  )
}
