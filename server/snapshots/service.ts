/**
 * The snapshot service: reads the live board and the session facts, runs the pure transform
 * (shared/plan) and stores an immutable version. Snapshots of one workspace are taken one at a
 * time, so a re-snapshot always sees the version before it (for its Date of Plan and number).
 */
import type { Serialise } from '../http/workspace-queue'
import * as Y from 'yjs'
import { readControl } from '../../shared/doc/control'
import { parsePlanDocument, type PlanDocument } from '../../shared/plan/document'
import { snapshotInputFromBoard, type BoardSessionFacts } from '../../shared/plan/from-board'
import { snapshotPlan } from '../../shared/plan/snapshot'
import type { SnapshotDetail, SnapshotMeta } from '../../shared/plan/snapshot-api'
import { err, ok, type Result } from '../../shared/result'
import type { ServerDocs } from '../docs/server-docs'
import type { MemberRow, SnapshotFinalRow, SnapshotRow, Storage, StorageError, WorkspaceRow } from '../storage/types'

export interface SnapshotServiceDeps {
  readonly storage: Storage
  readonly docs: ServerDocs
  readonly now: () => Date
  /** the workspace's action queue, shared with reveal and the other server actions */
  readonly serialise: Serialise
}

type Meta = Omit<SnapshotRow, 'planJson' | 'docState'>

const nameOf = (members: readonly MemberRow[], id: string) => members.find((m) => m.id === id)?.displayName ?? ''

export const toMeta = (row: Meta, members: readonly MemberRow[], finals: readonly SnapshotFinalRow[] = []): SnapshotMeta => {
  const final = finals.find((f) => f.version === row.version)
  return {
    version: row.version,
    createdAt: row.createdAt,
    authorId: row.authorId,
    authorName: nameOf(members, row.authorId),
    summary: row.summary,
    final: final ? { markedBy: final.markedBy, markedByName: nameOf(members, final.markedBy), markedAt: final.markedAt } : null,
  }
}

/** A stored row → its plan, parsed (never trusted); a row that does not parse is corrupt, not missing. */
export function planOf(row: SnapshotRow): Result<PlanDocument, StorageError> {
  let json: unknown
  try {
    json = JSON.parse(row.planJson)
  } catch {
    return err({ kind: 'corrupt', message: `snapshot ${row.workspaceId} v${row.version} is not JSON` })
  }
  const parsed = parsePlanDocument(json)
  return parsed.ok ? parsed : err({ kind: 'corrupt', message: `snapshot ${row.workspaceId} v${row.version}: ${parsed.error}` })
}

const dateOfPlan = (plan: PlanDocument): string => plan.sections.atAGlance.fields.find((f) => f.id === 'dateOfPlan')?.value ?? ''

export function snapshotService(deps: SnapshotServiceDeps) {
  const { storage, docs } = deps
  const serialised = deps.serialise

  /** The first version's Date of Plan, or null before the first snapshot. */
  async function firstDateOfPlan(workspaceId: string): Promise<Result<string | null, StorageError>> {
    const list = await storage.listSnapshots(workspaceId)
    if (!list.ok) return list
    const first = list.value[0]
    if (!first) return ok(null)
    const row = await storage.getSnapshot(workspaceId, first.version)
    if (!row.ok) return row
    if (!row.value) return ok(null)
    const plan = planOf(row.value)
    return plan.ok ? ok(dateOfPlan(plan.value)) : plan
  }

  async function take(ws: WorkspaceRow, author: MemberRow, summary: string): Promise<Result<SnapshotDetail, StorageError>> {
    const members = await storage.listMembers(ws.id)
    if (!members.ok) return members
    const control = await docs.read(ws.id, { kind: 'control' }, readControl)
    if (!control.ok) return control
    const first = await firstDateOfPlan(ws.id)
    if (!first.ok) return first
    const now = deps.now().toISOString()
    const facts: BoardSessionFacts = {
      date: now,
      startedAt: ws.createdAt,
      organisation: ws.organisation,
      members: members.value.map((m) => ({ role: m.role, stakeholderRole: m.stakeholderRole })),
      control: control.value,
      ...(first.value !== null && { revision: { dateOfPlan: first.value, note: summary } }),
    }
    // the plan and the stored state come from the same read, so the state is exactly what was planned from
    const read = await docs.read(ws.id, { kind: 'board' }, (doc) => ({
      plan: snapshotPlan(snapshotInputFromBoard(doc, facts), { now }),
      state: Y.encodeStateAsUpdate(doc),
    }))
    if (!read.ok) return read
    const row = await storage.insertSnapshot({
      workspaceId: ws.id,
      createdAt: now,
      authorId: author.id,
      summary,
      planJson: JSON.stringify(read.value.plan),
      docState: read.value.state,
    })
    if (!row.ok) return row
    return ok({ ...toMeta(row.value, members.value), plan: read.value.plan })
  }

  return {
    take: (ws: WorkspaceRow, author: MemberRow, summary: string) => serialised(ws.id, () => take(ws, author, summary)),
  }
}
export type SnapshotService = ReturnType<typeof snapshotService>
