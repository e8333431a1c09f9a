/**
 * Monitoring REST routes: a facilitator follows a plan version, takes cadence reports and carries
 * the year forward; every member (observers too) lists, reads and exports the reports. Report rows
 * are immutable: nothing here updates or deletes one.
 */
import { Router, type Request } from 'express'
import * as z from 'zod'
import { CarryForwardBody, FollowBody, REPORT_FORMATS, ReportBody, type ReportDetail } from '../../shared/api/monitoring'
import { err, ok, type Result } from '../../shared/result'
import { fromStorage, fromZod, type ApiFailure } from '../http/errors'
import { parseBody } from '../http/handler'
import type { WorkspaceRow } from '../storage/types'
import { renderReport, sendReport } from './exports'
import { monitoringService, reportOf, toReportMeta, type MonitoringDeps } from './service'

const Version = z.string().regex(/^[1-9]\d{0,8}$/, 'must be a version number (1, 2, …)').transform(Number)
const Params = {
  one: z.object({ version: Version }),
  export: z.object({ version: Version, format: z.enum(REPORT_FORMATS, { error: `format must be one of ${REPORT_FORMATS.join(', ')}` }) }),
}

export function monitoringRoutes(deps: MonitoringDeps): Router {
  const service = monitoringService(deps)
  const router = Router()
  const params = <S extends z.ZodType>(schema: S, req: Request): Result<z.infer<S>, ApiFailure> => {
    const parsed = schema.safeParse(req.params)
    return parsed.success ? ok(parsed.data) : err(fromZod(parsed.error))
  }

  async function load(ws: WorkspaceRow, version: number): Promise<Result<ReportDetail, ApiFailure>> {
    const row = await deps.storage.monitoringReports.get(ws.id, version)
    if (!row.ok) return err(fromStorage(row.error))
    if (!row.value) return err({ kind: 'not-found', message: `there is no report version ${version}` })
    const report = reportOf(row.value)
    if (!report.ok) return report
    const members = await deps.storage.listMembers(ws.id)
    if (!members.ok) return err(fromStorage(members.error))
    return ok({ ...toReportMeta(row.value, report.value.title, members.value), report: report.value })
  }

  router.post('/:id/monitoring/follow', deps.memberRoute(['facilitator'], async ({ req, workspace, me }) => {
    const body = parseBody(FollowBody, req.body)
    if (!body.ok) return body
    const done = await service.follow(workspace, body.value)
    return done.ok ? ok({ body: done.value }) : done
  }))

  router.post('/:id/monitoring/reports', deps.memberRoute(['facilitator'], async ({ req, workspace, me }) => {
    const body = parseBody(ReportBody, req.body)
    if (!body.ok) return body
    const taken = await service.report(workspace, me, body.value)
    return taken.ok ? ok({ status: 201, body: taken.value }) : taken
  }))

  router.get('/:id/monitoring/reports', deps.memberRoute('any', async ({ req, workspace, me }) => {
    const [list, members] = await Promise.all([deps.storage.monitoringReports.list(workspace.id), deps.storage.listMembers(workspace.id)])
    if (!list.ok) return err(fromStorage(list.error))
    if (!members.ok) return err(fromStorage(members.error))
    // titles are derived from cadence and period; the full report is one GET away
    return ok({ body: { reports: list.value.map((r) => toReportMeta(r, `${r.cadence} ${r.period}`, members.value)) } })
  }))

  router.get('/:id/monitoring/reports/:version', deps.memberRoute('any', async ({ req, workspace, me }) => {
    const p = params(Params.one, req)
    if (!p.ok) return p
    const one = await load(workspace, p.value.version)
    return one.ok ? ok({ body: one.value }) : one
  }))

  router.get('/:id/monitoring/reports/:version/export.:format', deps.memberRoute('any', async ({ req, res, workspace, me }) => {
    const p = params(Params.export, req)
    if (!p.ok) return p
    const one = await load(workspace, p.value.version)
    if (!one.ok) return one
    sendReport(res, await renderReport(one.value.report, p.value.format), p.value.format, p.value.version)
    return ok({ body: null })
  }))

  router.post('/:id/monitoring/carry-forward', deps.memberRoute(['facilitator'], async ({ req, workspace, me }) => {
    const body = parseBody(CarryForwardBody, req.body)
    if (!body.ok) return body
    const done = await service.carry(workspace)
    return done.ok ? ok({ body: { finished: done.value.finished, carried: done.value.carried } }) : done
  }))

  return router
}
