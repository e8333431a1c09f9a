/**
 * Assets in the server's SQLite database (the handle its Storage opened), in their own table
 * created idempotently. better-sqlite3 is synchronous, so the quota check and the insert run in
 * one transaction and two uploads cannot both slip under the quota.
 */
import type Database from 'better-sqlite3'
import { err, ok, type Result } from '../../shared/result'
import type { StorageError } from '../storage/types'
import type { AssetStore, NewAsset, PutOutcome } from './types'

const SCHEMA = `CREATE TABLE IF NOT EXISTS assets (
  workspace_id TEXT NOT NULL, id TEXT NOT NULL, content_type TEXT NOT NULL, size INTEGER NOT NULL,
  data BLOB NOT NULL, uploader_id TEXT NOT NULL, created_at TEXT NOT NULL,
  PRIMARY KEY (workspace_id, id))`

function attempt<T>(fn: () => T): Promise<Result<T, StorageError>> {
  try {
    return Promise.resolve(ok(fn()))
  } catch (e) {
    return Promise.resolve(err({ kind: 'unavailable', message: e instanceof Error ? e.message : String(e) }))
  }
}

export function openSqliteAssetStore(db: Database.Database): AssetStore {
  db.exec(SCHEMA)
  const q = {
    exists: db.prepare('SELECT 1 FROM assets WHERE workspace_id = ? AND id = ?'),
    used: db.prepare('SELECT COALESCE(SUM(size), 0) AS used FROM assets WHERE workspace_id = ?'),
    insert: db.prepare('INSERT INTO assets (workspace_id, id, content_type, size, data, uploader_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    get: db.prepare('SELECT id, content_type, data FROM assets WHERE workspace_id = ? AND id = ?'),
  }
  const usedBy = (workspaceId: string): number => (q.used.get(workspaceId) as { used: number }).used
  const putTx = db.transaction((a: NewAsset, quotaBytes: number): PutOutcome => {
    if (q.exists.get(a.workspaceId, a.id)) return { kind: 'existing' }
    const usedBytes = usedBy(a.workspaceId)
    if (usedBytes + a.data.byteLength > quotaBytes) return { kind: 'over-quota', usedBytes, quotaBytes }
    q.insert.run(a.workspaceId, a.id, a.contentType, a.data.byteLength, a.data, a.uploaderId, a.createdAt)
    return { kind: 'stored' }
  })
  return {
    put: (asset, quotaBytes) => attempt(() => putTx(asset, quotaBytes)),
    get: (workspaceId, id) =>
      attempt(() => {
        const row = q.get.get(workspaceId, id) as { id: string; content_type: string; data: Uint8Array } | undefined
        return row && { id: row.id, contentType: row.content_type, data: new Uint8Array(row.data) }
      }),
    usage: (workspaceId) => attempt(() => usedBy(workspaceId)),
  }
}
