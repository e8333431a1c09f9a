/**
 * Server-side access to workspace documents for REST actions (reveal, tallies, snapshots, set-up).
 * Reads see the live state (loading from storage when nobody has it open); writes go through the
 * same append-before-relay path as clients' updates, so they are durable before anyone sees them.
 */
import * as Y from 'yjs'
import { formatDocName, type DocName } from '../../shared/doc/names'
import { err, ok, type Result } from '../../shared/result'
import type { StorageError } from '../storage/types'
import type { DocRegistry } from '../sync/registry'

export interface ServerDocs {
  /** runs `fn` on the live document; `fn` must only read */
  read<T>(workspaceId: string, doc: DocName, fn: (doc: Y.Doc) => T): Promise<Result<T, StorageError>>
  /** the live document's full state as one update (for snapshots) */
  state(workspaceId: string, doc: DocName): Promise<Result<Uint8Array, StorageError>>
  /** runs `fn` as a server transaction; resolves once the change is stored and relayed */
  write(workspaceId: string, doc: DocName, fn: (doc: Y.Doc) => void): Promise<Result<void, StorageError>>
}

export function serverDocs(registry: DocRegistry): ServerDocs {
  const key = (workspaceId: string, doc: DocName) => `${workspaceId}/${formatDocName(doc)}`
  return {
    read: (workspaceId, doc, fn) => registry.withDoc(key(workspaceId, doc), (live) => fn(live.doc)),
    state: (workspaceId, doc) => registry.withDoc(key(workspaceId, doc), (live) => Y.encodeStateAsUpdate(live.doc)),
    async write(workspaceId, doc, fn): Promise<Result<void, StorageError>> {
      const result = await registry.withDoc(key(workspaceId, doc), (live) => live.transactAsServer(fn))
      if (!result.ok) return result
      if (result.value.ok) return ok(undefined)
      const e = result.value.error
      // a full quota is a conflict the caller can report; a server change that throws is a bug
      switch (e.kind) {
        case 'quota':
          return err({ kind: 'conflict', message: e.message })
        case 'refused':
        case 'malformed':
          return err({ kind: 'corrupt', message: e.message })
        // the server's own writes carry no guard and are never dropped
        case 'guard':
        case 'dropped':
          return err({ kind: 'conflict', message: e.message })
        default:
          return err(e)
      }
    },
  }
}
