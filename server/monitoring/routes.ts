/**
 * Monitoring REST routes: a facilitator follows a plan version, takes cadence reports and carries
 * the year forward; every member (observers too) lists, reads and exports the reports. Report rows
 * are immutable: nothing here updates or deletes one.
 */
import { Router, type Request } from 'express'
import { z } from 'zod'
import { CarryForwardBody, FollowBody, REPORT_FORMATS, ReportBody, type ReportDetail } from '../../shared/api/monitoring'
import type { MemberRole } from '../../shared/auth/roles'
import { ID_PATTERN } from '../../shared/doc/names'
import { err, ok, type Result } from '../../shared/result'
import { authenticate } from '../http/auth'
import { fromStorage, fromZod, type ApiFailure } from '../http/errors'
import { parseBody, route } from '../http/handler'
import type { MemberRow, WorkspaceRow } from '../storage/types'
import { renderReport, sendReport } from './exports'
import { monitoringService, reportOf, toReportMeta, type MonitoringDeps } from './service'

const Version = z.string().regex(/^[1-9]\d{0,8}$/, 'must be a version number (1, 2, …)').transform(Number)
const Params = {
  one: z.object({ version: Version }),
  export: z.object({ version: Version, format: z.enum(REPORT_FORMATS, { error: `format must be one of ${REPORT_FORMATS.join(', ')}` }) }),
}

/** The workspace in the path and the member calling (404 for a malformed or unknown id). */
export async function workspaceAccess(deps: Pick<MonitoringDeps, 'storage'>, req: Request, roles?: readonly MemberRole[]): Promise<Result<{ ws: WorkspaceRow; me: MemberRow }, ApiFailure>> {
  const id = req.params.id
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return err({ kind: 'not-found', message: 'no such workspace' })
  const found = await deps.storage.getWorkspace(id)
  if (!found.ok) return err(fromStorage(found.error))
  if (!found.value) return err({ kind: 'not-found', message: 'no such workspace' })
  const me = await authenticate(deps.storage, req, found.value.id, roles)
  return me.ok ? ok({ ws: found.value, me: me.value }) : me
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

  router.post('/:id/monitoring/follow', route(async (req) => {
    const a = await workspaceAccess(deps, req, ['facilitator'])
    if (!a.ok) return a
    const body = parseBody(FollowBody, req.body)
    if (!body.ok) return body
    const done = await service.follow(a.value.ws, body.value)
    return done.ok ? ok({ body: done.value }) : done
  }))

  router.post('/:id/monitoring/reports', route(async (req) => {
    const a = await workspaceAccess(deps, req, ['facilitator'])
    if (!a.ok) return a
    const body = parseBody(ReportBody, req.body)
    if (!body.ok) return body
    const taken = await service.report(a.value.ws, a.value.me, body.value)
    return taken.ok ? ok({ status: 201, body: taken.value }) : taken
  }))

  router.get('/:id/monitoring/reports', route(async (req) => {
    const a = await workspaceAccess(deps, req)
    if (!a.ok) return a
    const [list, members] = await Promise.all([deps.storage.monitoringReports.list(a.value.ws.id), deps.storage.listMembers(a.value.ws.id)])
    if (!list.ok) return err(fromStorage(list.error))
    if (!members.ok) return err(fromStorage(members.error))
    // titles are derived from cadence and period; the full report is one GET away
    return ok({ body: { reports: list.value.map((r) => toReportMeta(r, `${r.cadence} ${r.period}`, members.value)) } })
  }))

  router.get('/:id/monitoring/reports/:version', route(async (req) => {
    const a = await workspaceAccess(deps, req)
    if (!a.ok) return a
    const p = params(Params.one, req)
    if (!p.ok) return p
    const one = await load(a.value.ws, p.value.version)
    return one.ok ? ok({ body: one.value }) : one
  }))

  router.get('/:id/monitoring/reports/:version/export.:format', route(async (req, res) => {
    const a = await workspaceAccess(deps, req)
    if (!a.ok) return a
    const p = params(Params.export, req)
    if (!p.ok) return p
    const one = await load(a.value.ws, p.value.version)
    if (!one.ok) return one
    sendReport(res, await renderReport(one.value.report, p.value.format), p.value.format, p.value.version)
    return ok({ body: null })
  }))

  router.post('/:id/monitoring/carry-forward', route(async (req) => {
    const a = await workspaceAccess(deps, req, ['facilitator'])
    if (!a.ok) return a
    const body = parseBody(CarryForwardBody, req.body)
    if (!body.ok) return body
    const done = await service.carry(a.value.ws)
    return done.ok ? ok({ body: { finished: done.value.finished, carried: done.value.carried } }) : done
  }))

  return router
}
