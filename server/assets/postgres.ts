/**
 * Assets in the server's PostgreSQL database (the pool its Storage opened), in their own table
 * created idempotently under an advisory lock (instances starting together). The quota check and
 * the insert share a transaction holding a per-workspace advisory lock, so two instances cannot
 * both slip under the quota.
 */
import type pg from 'pg'
import { err, ok, type Result } from '../../shared/result'
import { inTransaction } from '../storage/pg-transaction'
import type { StorageError } from '../storage/types'
import type { AssetStore, PutOutcome } from './types'

const SCHEMA = `CREATE TABLE IF NOT EXISTS assets (
  workspace_id TEXT NOT NULL, id TEXT NOT NULL, content_type TEXT NOT NULL, size BIGINT NOT NULL,
  data BYTEA NOT NULL, uploader_id TEXT NOT NULL, created_at TEXT NOT NULL,
  PRIMARY KEY (workspace_id, id))`

export function openPostgresAssetStore(pool: pg.Pool): AssetStore {
  const ready = inTransaction(pool, async (c) => {
    await c.query("SELECT pg_advisory_xact_lock(hashtextextended('rootwork:assets-schema', 0))")
    await c.query(SCHEMA)
  })
  // a failed creation is reported by every call below, not as an unhandled rejection
  ready.catch(() => undefined)
  const attempt = async <T>(fn: () => Promise<T>): Promise<Result<T, StorageError>> => {
    try {
      await ready
      return ok(await fn())
    } catch (e) {
      return err({ kind: 'unavailable', message: e instanceof Error ? e.message : String(e) })
    }
  }
  const usedBy = async (c: pg.Pool | pg.PoolClient, workspaceId: string): Promise<number> =>
    Number((await c.query<{ used: string }>('SELECT COALESCE(SUM(size), 0) AS used FROM assets WHERE workspace_id = $1', [workspaceId])).rows[0]?.used ?? 0)

  return {
    put: (a, quotaBytes) =>
      attempt(() =>
        inTransaction(pool, async (c): Promise<PutOutcome> => {
          await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`assets:${a.workspaceId}`])
          const found = await c.query('SELECT 1 FROM assets WHERE workspace_id = $1 AND id = $2', [a.workspaceId, a.id])
          if (found.rowCount) return { kind: 'existing' }
          const usedBytes = await usedBy(c, a.workspaceId)
          if (usedBytes + a.data.byteLength > quotaBytes) return { kind: 'over-quota', usedBytes, quotaBytes }
          await c.query(
            'INSERT INTO assets (workspace_id, id, content_type, size, data, uploader_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
            [a.workspaceId, a.id, a.contentType, a.data.byteLength, Buffer.from(a.data.buffer, a.data.byteOffset, a.data.byteLength), a.uploaderId, a.createdAt],
          )
          return { kind: 'stored' }
        }),
      ),
    get: (workspaceId, id) =>
      attempt(async () => {
        const r = await pool.query<{ id: string; content_type: string; data: Buffer }>('SELECT id, content_type, data FROM assets WHERE workspace_id = $1 AND id = $2', [workspaceId, id])
        const row = r.rows[0]
        return row && { id: row.id, contentType: row.content_type, data: new Uint8Array(row.data) }
      }),
    usage: (workspaceId) => attempt(() => usedBy(pool, workspaceId)),
  }
}
