/**
 * Cadence report versions in PostgreSQL. The table is created on first use (IF NOT EXISTS, under an
 * advisory lock so instances starting together do not race); versions use a per-workspace advisory
 * lock around max+1, like snapshots.
 */
import type pg from 'pg'
import { err, ok, type Result } from '../../shared/result'
import type { StorageError } from '../storage/types'
import { metaFromDb, REPORT_COLUMNS, rowFromDb, type MonitoringReportStore } from './report-store'

const TABLE_LOCK = 7_261_016

export function postgresReportStore(pool: pg.Pool): MonitoringReportStore {
  let ready: Promise<void> | null = null
  const ensure = () =>
    (ready ??= (async () => {
      const c = await pool.connect()
      try {
        await c.query('BEGIN')
        await c.query('SELECT pg_advisory_xact_lock($1)', [TABLE_LOCK])
        await c.query(`CREATE TABLE IF NOT EXISTS monitoring_reports (
          workspace_id TEXT NOT NULL REFERENCES workspaces(id), version INTEGER NOT NULL, created_at TEXT NOT NULL,
          author_id TEXT NOT NULL, cadence TEXT NOT NULL, period TEXT NOT NULL, summary TEXT NOT NULL,
          report_json TEXT NOT NULL, doc_state BYTEA NOT NULL, PRIMARY KEY (workspace_id, version))`)
        await c.query('COMMIT')
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined)
        ready = null
        throw e
      } finally {
        c.release()
      }
    })())
  const attempt = async <T>(fn: () => Promise<T>): Promise<Result<T, StorageError>> => {
    try {
      await ensure()
      return ok(await fn())
    } catch (e) {
      return err({ kind: 'unavailable', message: e instanceof Error ? e.message : String(e) })
    }
  }
  return {
    insert: (row) =>
      attempt(async () => {
        const c = await pool.connect()
        try {
          await c.query('BEGIN')
          await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`report:${row.workspaceId}`])
          const next = await c.query<{ v: number }>('SELECT COALESCE(MAX(version), 0) + 1 AS v FROM monitoring_reports WHERE workspace_id = $1', [row.workspaceId])
          const version = next.rows[0]!.v
          await c.query(`INSERT INTO monitoring_reports (${REPORT_COLUMNS}, report_json, doc_state) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
            row.workspaceId, version, row.createdAt, row.authorId, row.cadence, row.period, row.summary, row.reportJson, Buffer.from(row.docState),
          ])
          await c.query('COMMIT')
          return { ...row, version }
        } catch (e) {
          await c.query('ROLLBACK').catch(() => undefined)
          throw e
        } finally {
          c.release()
        }
      }),
    list: (ws) => attempt(async () => (await pool.query(`SELECT ${REPORT_COLUMNS} FROM monitoring_reports WHERE workspace_id = $1 ORDER BY version`, [ws])).rows.map(metaFromDb)),
    get: (ws, version) =>
      attempt(async () => {
        const r = (await pool.query('SELECT * FROM monitoring_reports WHERE workspace_id = $1 AND version = $2', [ws, version])).rows[0] as Record<string, unknown> | undefined
        return r ? rowFromDb(r) : undefined
      }),
  }
}
