/**
 * The plan a school's board signed. Snapshots are getting a "final" mark (issue 14); until storage
 * carries it, the latest snapshot stands in and says so (`finalMarked: false`). This is the one
 * function to change when the mark lands.
 */
import { parsePlanDocument, type PlanDocument } from '../../shared/plan/document'
import { err, ok, type Result } from '../../shared/result'
import type { Storage, StorageError } from '../storage/types'

export type FinalSnapshot = { readonly version: number; readonly createdAt: string; readonly finalMarked: boolean }

export async function finalSnapshotOf(storage: Storage, workspaceId: string): Promise<Result<FinalSnapshot | undefined, StorageError>> {
  const list = await storage.listSnapshots(workspaceId)
  if (!list.ok) return list
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
