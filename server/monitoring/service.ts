/**
 * Monitoring server actions: follow a snapshot version (the plan the board signed), take an
 * immutable cadence report version, and carry the annual review into next year's plan draft.
 * Reports and their stored monitoring state come from one read, so a report is exactly what the
 * document said when it was taken; later edits never touch it.
 */
import { randomBytes } from 'node:crypto'
import * as Y from 'yjs'
import { applyCarryForward } from '../../shared/doc/carry-forward'
import { readComments } from '../../shared/doc/comments'
import { followPlan } from '../../shared/doc/monitoring'
import { readMonitoring } from '../../shared/doc/monitoring-read'
import type { FollowBody, ReportBody, ReportDetail, ReportMeta } from '../../shared/api/monitoring'
import { carryForward, type CarryForward } from '../../shared/domain/monitoring/carry-forward'
import { buildReport } from '../../shared/domain/monitoring/report'
import { parseReportDocument, type ReportDocument } from '../../shared/domain/monitoring/report-document'
import { skeletonFromPlan } from '../../shared/domain/monitoring/skeleton'
import type { PlanDocument } from '../../shared/plan/document'
import { err, ok, type Result } from '../../shared/result'
import type { ServerDocs } from '../docs/server-docs'
import type { ApiFailure } from '../http/errors'
import { fromStorage } from '../http/errors'
import { planOf } from '../snapshots/service'
import type { MemberRow, Storage, WorkspaceRow } from '../storage/types'
import type { ReportMeta as ReportRowMeta, ReportRow } from './report-store'
import type { MemberRoute } from '../http/member-route'

export interface MonitoringDeps {
  readonly storage: Storage
  readonly docs: ServerDocs
  readonly now: () => Date
  readonly memberRoute: MemberRoute
}

export const newServerId = (): string => randomBytes(12).toString('base64url')
const month = (d: Date) => d.toISOString().slice(0, 7)

export function reportOf(row: ReportRow): Result<ReportDocument, ApiFailure> {
  let json: unknown
  try {
    json = JSON.parse(row.reportJson)
  } catch {
    return err(fromStorage({ kind: 'corrupt', message: `report ${row.workspaceId} v${row.version} is not JSON` }))
  }
  const parsed = parseReportDocument(json)
  return parsed.ok ? parsed : err(fromStorage({ kind: 'corrupt', message: parsed.error }))
}

export function toReportMeta(row: ReportRowMeta, title: string, members: readonly MemberRow[]): ReportMeta {
  const cadence = row.cadence as ReportMeta['cadence']
  return { version: row.version, createdAt: row.createdAt, authorName: members.find((m) => m.id === row.authorId)?.displayName ?? '', cadence, period: row.period, title, summary: row.summary }
}

export function monitoringService(deps: MonitoringDeps) {
  const { storage, docs } = deps

  async function snapshotPlan(ws: WorkspaceRow, version: number): Promise<Result<PlanDocument, ApiFailure>> {
    const row = await storage.getSnapshot(ws.id, version)
    if (!row.ok) return err(fromStorage(row.error))
    if (!row.value) return err({ kind: 'not-found', message: `there is no plan version ${version} to follow` })
    const plan = planOf(row.value)
    return plan.ok ? plan : err(fromStorage(plan.error))
  }

  async function follow(ws: WorkspaceRow, body: FollowBody): Promise<Result<{ version: number }, ApiFailure>> {
    const plan = await snapshotPlan(ws, body.version)
    if (!plan.ok) return plan
    const skeleton = skeletonFromPlan(plan.value, body.version)
    const written = await docs.write(ws.id, { kind: 'monitoring' }, (doc) => followPlan(doc, skeleton, { ...body, month: month(deps.now()) }))
    return written.ok ? ok({ version: body.version }) : err(fromStorage(written.error))
  }

  async function report(ws: WorkspaceRow, author: MemberRow, body: ReportBody): Promise<Result<ReportDetail, ApiFailure>> {
    const comments = await docs.read(ws.id, { kind: 'comments' }, readComments)
    if (!comments.ok) return err(fromStorage(comments.error))
    const now = deps.now()
    const read = await docs.read(ws.id, { kind: 'monitoring' }, (doc) => {
      const m = readMonitoring(doc)
      if (!m.skeleton) return null
      return { report: buildReport(m, comments.value, { ...body, generatedAt: now.toISOString(), today: month(now) }), state: Y.encodeStateAsUpdate(doc) }
    })
    if (!read.ok) return err(fromStorage(read.error))
    if (!read.value) return err({ kind: 'conflict', message: 'no plan version is followed yet: a facilitator picks the signed version first' })
    const row = await storage.monitoringReports.insert({
      workspaceId: ws.id,
      createdAt: now.toISOString(),
      authorId: author.id,
      cadence: body.cadence,
      period: body.period,
      summary: body.summary,
      reportJson: JSON.stringify(read.value.report),
      docState: read.value.state,
    })
    if (!row.ok) return err(fromStorage(row.error))
    return ok({ ...toReportMeta(row.value, read.value.report.title, [author]), report: read.value.report })
  }

  async function carry(ws: WorkspaceRow): Promise<Result<CarryForward, ApiFailure>> {
    const read = await docs.read(ws.id, { kind: 'monitoring' }, readMonitoring)
    if (!read.ok) return err(fromStorage(read.error))
    const version = read.value.skeleton?.version
    if (!version) return err({ kind: 'conflict', message: 'no plan version is followed yet: there is no year to carry forward' })
    const plan = await snapshotPlan(ws, version)
    if (!plan.ok) return plan
    const cf = carryForward(plan.value, read.value, version)
    const written = await docs.write(ws.id, { kind: 'board' }, (doc) => applyCarryForward(doc, cf, newServerId))
    return written.ok ? ok(cf) : err(fromStorage(written.error))
  }

  return { follow, report, carry }
}
