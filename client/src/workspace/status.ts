/**
 * What the status pill says, derived from facts about the connections (pure, tested in sentences).
 * "Saved" means the server acknowledged every local change with its state vector.
 */
export type ConnectionState = 'connecting' | 'connected' | 'offline'
export type SaveState = 'saved' | 'syncing' | 'kept-offline' | 'refused'

export interface DocFacts {
  readonly connected: boolean
  readonly synced: boolean
  /** local changes the server has not acknowledged yet */
  readonly unsaved: boolean
  /** connected at least once since the page opened */
  readonly everConnected: boolean
  /** the server refused a write (e.g. a locked board); the copy here must be reloaded */
  readonly refused?: string | undefined
}

export interface StatusView {
  readonly connection: ConnectionState
  readonly save: SaveState
  readonly label: string
}

export function deriveStatus(docs: readonly DocFacts[]): StatusView {
  const refused = docs.find((d) => d.refused)?.refused
  if (refused) return { connection: 'offline', save: 'refused', label: `Your last edit was not saved: ${refused}. Reload to continue.` }
  const allConnected = docs.length > 0 && docs.every((d) => d.connected)
  const anyUnsaved = docs.some((d) => d.unsaved)
  const allSynced = docs.every((d) => d.synced)
  const never = docs.some((d) => !d.everConnected)
  if (!allConnected) {
    if (never && !anyUnsaved) return { connection: 'connecting', save: 'syncing', label: 'Connecting…' }
    return { connection: 'offline', save: anyUnsaved ? 'kept-offline' : 'saved', label: anyUnsaved ? 'Offline — your edits are kept and will sync' : 'Offline — reconnecting…' }
  }
  if (!allSynced || anyUnsaved) return { connection: 'connected', save: 'syncing', label: 'Syncing…' }
  return { connection: 'connected', save: 'saved', label: 'All changes saved' }
}

/** True when the server's state vector covers every change this document holds. */
export function coveredBy(local: Map<number, number>, server: Map<number, number>): boolean {
  for (const [client, clock] of local) if ((server.get(client) ?? 0) < clock) return false
  return true
}
