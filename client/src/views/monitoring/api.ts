/** Typed calls to the monitoring API (shared/api/monitoring.ts); failures are values. */
import { z } from 'zod'
import { CarryForwardResult, MONITORING_ROUTES, ReportDetail, ReportList, type FollowBody, type ReportBody, type ReportFormat } from '../../../../shared/api/monitoring'
import type { CommentTarget } from '../../../../shared/domain/monitoring/comments'
import { SnapshotList, SNAPSHOT_ROUTES } from '../../../../shared/plan/snapshot-api'
import { err, ok, type Result } from '../../../../shared/result'
import { call, type ClientError } from '../../api/client'
import { downloadBlob } from '../../ui/download'

const post = (body: unknown, token: string) => ({ method: 'POST', body: JSON.stringify(body), token })
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

  async download(ws: string, version: number, format: ReportFormat, token: string): Promise<Result<string, ClientError>> {
    let res: Response
    try {
      res = await fetch(MONITORING_ROUTES.export(ws, version, format), { headers: { authorization: `Bearer ${token}` } })
    } catch {
      return err({ status: 0, message: 'Cannot reach the server. Check your connection and try again.' })
    }
    if (!res.ok) return err({ status: res.status, message: `The server answered ${res.status}.` })
    const name = `monitoring-report-v${version}.${format}`
    downloadBlob(await res.blob(), name)
    return ok(name)
  },
}
