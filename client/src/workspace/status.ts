/**
 * What the status pill says, derived from facts about the connections (pure, tested in sentences).
 * "Saved" means the server acknowledged every local change with its state vector.
 */
export type ConnectionState = 'connecting' | 'connected' | 'offline'
/** `reconnecting`: offline with nothing unsaved — never shown with a ✓, which would read as "fine" */
export type SaveState = 'saved' | 'syncing' | 'kept-offline' | 'reconnecting' | 'refused'

export interface DocFacts {
  readonly connected: boolean
  readonly synced: boolean
  /** local changes the server has not acknowledged yet */
  readonly unsaved: boolean
  /** local changes neither acknowledged by the server nor stored in this browser (lost if the tab closes) */
  readonly unprotected: boolean
  /** connected at least once since the page opened */
  readonly everConnected: boolean
  /** the server refused a write (e.g. a locked board); the copy here must be reloaded */
  readonly refused?: string | undefined
  /** the server closed this document for good without refusing a write (access revoked, too many connections) */
  readonly closed?: string | undefined
}

export interface StatusView {
  readonly connection: ConnectionState
  readonly save: SaveState
  readonly label: string
}

export function deriveStatus(docs: readonly DocFacts[]): StatusView {
  const refused = docs.find((d) => d.refused)?.refused
  if (refused) return { connection: 'offline', save: 'refused', label: `Your last edit was not saved: ${refused}. Reload to continue.` }
  const closed = docs.find((d) => d.closed)?.closed
  if (closed) return { connection: 'offline', save: 'refused', label: `${closed.charAt(0).toUpperCase()}${closed.slice(1)}. Reload to continue.` }
  const allConnected = docs.length > 0 && docs.every((d) => d.connected)
  const anyUnsaved = docs.some((d) => d.unsaved)
  const allSynced = docs.every((d) => d.synced)
  const never = docs.some((d) => !d.everConnected)
  if (!allConnected) {
    if (never && !anyUnsaved) return { connection: 'connecting', save: 'syncing', label: 'Connecting…' }
    if (!anyUnsaved) return { connection: 'offline', save: 'reconnecting', label: 'Offline — reconnecting…' }
    const label = docs.some((d) => d.unprotected)
      ? 'Offline — keep this tab open: your edits will sync when the connection is back'
      : 'Offline — your edits are kept in this browser and will sync'
    return { connection: 'offline', save: 'kept-offline', label }
  }
  if (!allSynced || anyUnsaved) return { connection: 'connected', save: 'syncing', label: 'Syncing…' }
  return { connection: 'connected', save: 'saved', label: 'All changes saved' }
}

/** True when closing the tab now would lose a change (the `beforeunload` warning). */
export function wouldLoseChanges(docs: readonly DocFacts[]): boolean {
  return docs.some((d) => d.unprotected)
}

/** True when the server's state vector covers every change this document holds. */
export function coveredBy(local: Map<number, number>, server: Map<number, number>): boolean {
  for (const [client, clock] of local) if ((server.get(client) ?? 0) < clock) return false
  return true
}
