/**
 * Storage of cadence report versions: immutable rows (report JSON exactly as built, plus the
 * monitoring document state it came from), numbered per workspace. Nothing updates or deletes a
 * row. Both backends keep the table in their own files (report-store-sqlite/postgres.ts).
 */
import type { Result } from '../../shared/result'
import type { StorageError } from '../storage/types'

export interface ReportRow {
  readonly workspaceId: string
  readonly version: number
  readonly createdAt: string
  readonly authorId: string
  readonly cadence: string
  readonly period: string
  readonly summary: string
  readonly reportJson: string
  /** Y update encoding the monitoring document the report was computed from */
  readonly docState: Uint8Array
}
export type ReportMeta = Omit<ReportRow, 'reportJson' | 'docState'>

export interface MonitoringReportStore {
  insert(row: Omit<ReportRow, 'version'>): Promise<Result<ReportRow, StorageError>>
  list(workspaceId: string): Promise<Result<readonly ReportMeta[], StorageError>>
  get(workspaceId: string, version: number): Promise<Result<ReportRow | undefined, StorageError>>
}

const str = (v: unknown) => (typeof v === 'string' ? v : '')
/** A database row → ReportMeta; column names are the same in both backends. */
export function metaFromDb(r: Record<string, unknown>): ReportMeta {
  return { workspaceId: str(r.workspace_id), version: Number(r.version), createdAt: str(r.created_at), authorId: str(r.author_id), cadence: str(r.cadence), period: str(r.period), summary: str(r.summary) }
}
export function rowFromDb(r: Record<string, unknown>): ReportRow {
  const state = r.doc_state
  return { ...metaFromDb(r), reportJson: str(r.report_json), docState: state instanceof Uint8Array ? new Uint8Array(state) : new Uint8Array() }
}
export const REPORT_COLUMNS = 'workspace_id, version, created_at, author_id, cadence, period, summary'
