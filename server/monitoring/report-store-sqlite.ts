/** Cadence report versions in SQLite: one table beside the snapshots, created on open (idempotent). */
import type Database from 'better-sqlite3'
import { err, ok, type Result } from '../../shared/result'
import type { StorageError } from '../storage/types'
import { metaFromDb, REPORT_COLUMNS, rowFromDb, type MonitoringReportStore, type ReportRow } from './report-store'

const attempt = <T>(fn: () => T): Promise<Result<T, StorageError>> => {
  try {
    return Promise.resolve(ok(fn()))
  } catch (e) {
    return Promise.resolve(err({ kind: 'unavailable', message: e instanceof Error ? e.message : String(e) }))
  }
}

export function sqliteReportStore(db: Database.Database): MonitoringReportStore {
  db.exec(`CREATE TABLE IF NOT EXISTS monitoring_reports (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id), version INTEGER NOT NULL, created_at TEXT NOT NULL,
    author_id TEXT NOT NULL, cadence TEXT NOT NULL, period TEXT NOT NULL, summary TEXT NOT NULL,
    report_json TEXT NOT NULL, doc_state BLOB NOT NULL, PRIMARY KEY (workspace_id, version))`)
  const next = db.prepare('SELECT COALESCE(MAX(version), 0) + 1 AS v FROM monitoring_reports WHERE workspace_id = ?')
  const insert = db.prepare(`INSERT INTO monitoring_reports (${REPORT_COLUMNS}, report_json, doc_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const list = db.prepare(`SELECT ${REPORT_COLUMNS} FROM monitoring_reports WHERE workspace_id = ? ORDER BY version`)
  const get = db.prepare('SELECT * FROM monitoring_reports WHERE workspace_id = ? AND version = ?')
  const insertTx = db.transaction((row: Omit<ReportRow, 'version'>): number => {
    const version = (next.get(row.workspaceId) as { v: number }).v
    insert.run(row.workspaceId, version, row.createdAt, row.authorId, row.cadence, row.period, row.summary, row.reportJson, row.docState)
    return version
  })
  return {
    insert: (row) => attempt(() => ({ ...row, version: insertTx(row) })),
    list: (ws) => attempt(() => (list.all(ws) as Record<string, unknown>[]).map(metaFromDb)),
    get: (ws, version) =>
      attempt(() => {
        const r = get.get(ws, version) as Record<string, unknown> | undefined
        return r ? rowFromDb(r) : undefined
      }),
  }
}
