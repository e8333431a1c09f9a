/** React bindings for workspace state: connection status, presence, first sync. (Documents: use-doc-read.ts.) */
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { StatusView } from './status'
import type { WorkspaceConnection } from './workspace-connection'

export function useStatus(connection: WorkspaceConnection): StatusView {
  return useSyncExternalStore(
    (l) => connection.subscribe(l),
    () => connection.currentStatus,
  )
}

export interface PresenceEntry {
  readonly clientId: number
  readonly userId: string
  readonly name: string
  readonly color: string
  readonly activity: 'active' | 'away'
  readonly view?: string | undefined
  /** the member role the server signed into this presence */
  readonly role?: string | undefined
}

export function usePresence(connection: WorkspaceConnection): readonly PresenceEntry[] {
  const awareness = connection.board.provider.awareness
  const [entries, setEntries] = useState<readonly PresenceEntry[]>([])
  useEffect(() => {
    const read = () => {
      const next: PresenceEntry[] = []
      for (const [clientId, state] of awareness.getStates()) {
        const user = (state as { user?: { id?: unknown; name?: unknown; color?: unknown; role?: unknown } }).user
        if (!user || typeof user.id !== 'string') continue
        const s = state as { activity?: unknown; view?: unknown }
        next.push({
          clientId,
          userId: user.id,
          name: typeof user.name === 'string' ? user.name : 'Someone',
          color: typeof user.color === 'string' ? user.color : '#64748b',
          activity: s.activity === 'away' ? 'away' : 'active',
          view: typeof s.view === 'string' ? s.view : undefined,
          role: typeof user.role === 'string' ? user.role : undefined,
        })
      }
      setEntries(next)
    }
    read()
    awareness.on('change', read)
    return () => awareness.off('change', read)
  }, [awareness])
  return entries
}

/**
 * True once the core documents have synced at least once. Views wait for it so nobody edits a
 * blank copy of a field the server already created (two copies of one Y.Text would race).
 */
export function useFirstSync(connection: WorkspaceConnection): boolean {
  const check = () => [connection.board, connection.control, connection.mine].every((c) => c.current.synced)
  const [ready, setReady] = useState(check)
  useEffect(() => {
    if (ready) return
    const conns = [connection.board, connection.control, connection.mine]
    const offs = conns.map((c) => c.subscribe(() => check() && setReady(true)))
    if (check()) setReady(true)
    return () => offs.forEach((off) => off())
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [connection, ready])
  return ready
}
