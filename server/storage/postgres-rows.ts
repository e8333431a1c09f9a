/** Rows read from PostgreSQL are parsed (BIGINT arrives as text); a row that does not parse is corrupt. */
import * as z from 'zod'
import { err, ok, type Result } from '../../shared/result'
import type { SnapshotFinalRow, SnapshotRow, StorageError, WorkspaceRow } from './types'

const corrupt = (what: string, error: z.ZodError): StorageError => ({ kind: 'corrupt', message: `${what} row: ${error.issues[0]?.message ?? 'invalid'}` })

const WorkspaceRecord = z.object({ id: z.string(), title: z.string(), organisation: z.string(), created_at: z.string() })

export function parseWorkspaceRow(raw: unknown): Result<WorkspaceRow | undefined, StorageError> {
  if (raw === undefined) return ok(undefined)
  const parsed = WorkspaceRecord.safeParse(raw)
  if (!parsed.success) return err(corrupt('workspace', parsed.error))
  const r = parsed.data
  return ok({ id: r.id, title: r.title, organisation: r.organisation, createdAt: r.created_at })
}

const SnapshotListRecord = z.object({
  workspace_id: z.string(),
  version: z.number().int(),
  created_at: z.string(),
  author_id: z.string(),
  summary: z.string(),
})
const SnapshotRecord = SnapshotListRecord.extend({ plan_json: z.string(), doc_state: z.instanceof(Uint8Array) })

export type SnapshotSummary = Omit<SnapshotRow, 'planJson' | 'docState'>

export function parseSnapshotList(rows: readonly unknown[]): Result<SnapshotSummary[], StorageError> {
  const out: SnapshotSummary[] = []
  for (const raw of rows) {
    const parsed = SnapshotListRecord.safeParse(raw)
    if (!parsed.success) return err(corrupt('snapshot', parsed.error))
    const r = parsed.data
    out.push({ workspaceId: r.workspace_id, version: r.version, createdAt: r.created_at, authorId: r.author_id, summary: r.summary })
  }
  return ok(out)
}

export function parseSnapshotRow(raw: unknown): Result<SnapshotRow | undefined, StorageError> {
  if (raw === undefined) return ok(undefined)
  const parsed = SnapshotRecord.safeParse(raw)
  if (!parsed.success) return err(corrupt('snapshot', parsed.error))
  const r = parsed.data
  return ok({
    workspaceId: r.workspace_id,
    version: r.version,
    createdAt: r.created_at,
    authorId: r.author_id,
    summary: r.summary,
    planJson: r.plan_json,
    docState: new Uint8Array(r.doc_state),
  })
}

const FinalRecord = z.object({ workspace_id: z.string(), version: z.number().int(), marked_by: z.string(), marked_at: z.string() })

export function parseFinalRows(rows: readonly unknown[]): Result<SnapshotFinalRow[], StorageError> {
  const out: SnapshotFinalRow[] = []
  for (const raw of rows) {
    const parsed = FinalRecord.safeParse(raw)
    if (!parsed.success) return err(corrupt('snapshot final mark', parsed.error))
    const r = parsed.data
    out.push({ workspaceId: r.workspace_id, version: r.version, markedBy: r.marked_by, markedAt: r.marked_at })
  }
  return ok(out)
}
