/** Typed calls to the monitoring API (shared/api/monitoring.ts), on the one HTTP client. */
import * as z from 'zod'
import { CarryForwardResult, MONITORING_ROUTES, ReportDetail, ReportList, type FollowBody, type ReportBody, type ReportFormat } from '../../../../shared/api/monitoring'
import type { CommentTarget } from '../../../../shared/domain/monitoring/comments'
import { SnapshotList, SNAPSHOT_ROUTES } from '../../../../shared/plan/snapshot-api'
import { ok, type Result } from '../../../../shared/result'
import { call, request, type HttpError } from '../../api/http'
import { downloadBlob } from '../../ui/download'

const post = (body: unknown, token: string) => ({ method: 'POST' as const, body, token })
const Id = z.object({ id: z.string() })

export const monitoringApi = {
  snapshots: (ws: string, token: string) => call(SnapshotList, SNAPSHOT_ROUTES.list(ws), { token }),
  follow: (ws: string, body: FollowBody, token: string) => call(z.object({ version: z.number() }), MONITORING_ROUTES.follow(ws), post(body, token)),
  reports: (ws: string, token: string) => call(ReportList, MONITORING_ROUTES.reports(ws), { token }),
  takeReport: (ws: string, body: Omit<ReportBody, 'summary'> & { summary: string }, token: string) => call(ReportDetail, MONITORING_ROUTES.reports(ws), post(body, token)),
  carryForward: (ws: string, token: string) => call(CarryForwardResult, MONITORING_ROUTES.carryForward(ws), post({ confirm: true }, token)),
  comment: (ws: string, target: CommentTarget, text: string, token: string) => call(Id, MONITORING_ROUTES.threads(ws), post({ target, text }, token)),
  reply: (ws: string, thread: string, text: string, token: string) => call(Id, MONITORING_ROUTES.replies(ws, thread), post({ text }, token)),
  resolve: (ws: string, thread: string, resolved: boolean, token: string) => call(z.object({ resolved: z.boolean() }), MONITORING_ROUTES.resolve(ws, thread), post({ resolved }, token)),

  async download(ws: string, version: number, format: ReportFormat, token: string): Promise<Result<string, HttpError>> {
    const res = await request(MONITORING_ROUTES.export(ws, version, format), { token })
    if (!res.ok) return res
    const name = `monitoring-report-v${version}.${format}`
    downloadBlob(await res.value.blob(), name)
    return ok(name)
  },
}
