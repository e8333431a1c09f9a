/**
 * The plan a school's board signed: the latest snapshot a facilitator marked final. A school with
 * no final mark yet is represented by its latest snapshot, which says so (`finalMarked: false`).
 */
import { parsePlanDocument, type PlanDocument } from '../../shared/plan/document'
import { err, ok, type Result } from '../../shared/result'
import type { Storage, StorageError } from '../storage/types'

export type FinalSnapshot = { readonly version: number; readonly createdAt: string; readonly finalMarked: boolean }

export async function finalSnapshotOf(storage: Storage, workspaceId: string): Promise<Result<FinalSnapshot | undefined, StorageError>> {
  const [list, finals] = await Promise.all([storage.listSnapshots(workspaceId), storage.listSnapshotFinals(workspaceId)])
  if (!list.ok) return list
  if (!finals.ok) return finals
  const marked = new Set(finals.value.map((f) => f.version))
  const final = list.value.filter((s) => marked.has(s.version)).at(-1)
  if (final) return ok({ version: final.version, createdAt: final.createdAt, finalMarked: true })
  const latest = list.value.at(-1)
  return ok(latest && { version: latest.version, createdAt: latest.createdAt, finalMarked: false })
}

export async function finalPlanOf(storage: Storage, workspaceId: string, version: number): Promise<Result<PlanDocument | undefined, StorageError>> {
  const row = await storage.getSnapshot(workspaceId, version)
  if (!row.ok) return row
  if (!row.value) return ok(undefined)
  let json: unknown
  try {
    json = JSON.parse(row.value.planJson)
  } catch {
    return err({ kind: 'corrupt', message: `snapshot ${workspaceId} v${version} is not JSON` })
  }
  const plan = parsePlanDocument(json)
  return plan.ok ? ok(plan.value) : err({ kind: 'corrupt', message: `snapshot ${workspaceId} v${version}: ${plan.error}` })
}
