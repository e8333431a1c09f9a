/**
 * Plan snapshots: a facilitator takes one (POST, with a justification note) and marks the one the
 * board signs as final; every member, observers included, lists, reads, diffs and exports them.
 * Rows are immutable: nothing here updates or deletes (a final mark is a row of its own).
 */
import { Router, type Request } from 'express'
import { z } from 'zod'
import { ID_PATTERN } from '../../shared/doc/names'
import { diffPlans, summarizeDiff } from '../../shared/plan/diff'
import type { PlanDocument } from '../../shared/plan/document'
import { EXPORT_FORMAT_IDS, ExportQuery, FinalBody, SnapshotBody, type SnapshotDetail, type SnapshotDiff, type SnapshotList } from '../../shared/plan/snapshot-api'
import { err, ok, type Result } from '../../shared/result'
import type { MemberRole } from '../../shared/auth/roles'
import { authenticate } from '../http/auth'
import { fromStorage, fromZod, type ApiFailure } from '../http/errors'
import { parseBody, route } from '../http/handler'
import type { ServerDocs } from '../docs/server-docs'
import { renderExport, sendExport } from '../snapshots/exports'
import { planOf, snapshotService, toMeta } from '../snapshots/service'
import type { MemberRow, Storage, WorkspaceRow } from '../storage/types'

export interface SnapshotDeps {
  readonly storage: Storage
  readonly docs: ServerDocs
  readonly now: () => Date
}

const Version = z.string().regex(/^[1-9]\d{0,8}$/, 'must be a version number (1, 2, …)').transform(Number)
const Params = {
  base: z.object({ id: z.string().regex(ID_PATTERN, 'malformed workspace id') }),
  version: z.object({ version: Version }),
  diff: z.object({ a: Version, b: Version }),
  export: z.object({ version: Version, format: z.enum(EXPORT_FORMAT_IDS, { error: `format must be one of ${EXPORT_FORMAT_IDS.join(', ')}` }) }),
}

function params<S extends z.ZodType>(schema: S, req: Request): Result<z.infer<S>, ApiFailure> {
  const parsed = schema.safeParse(req.params)
  return parsed.success ? ok(parsed.data) : err(fromZod(parsed.error))
}

export function snapshotRoutes(deps: SnapshotDeps): Router {
  const { storage } = deps
  const service = snapshotService(deps)
  const router = Router()

  /** The workspace in the path and the member calling (404 for a malformed or unknown id). */
  async function access(req: Request, roles?: readonly MemberRole[]): Promise<Result<{ ws: WorkspaceRow; me: MemberRow }, ApiFailure>> {
    const p = Params.base.safeParse(req.params)
    if (!p.success) return err({ kind: 'not-found', message: 'no such workspace' })
    const found = await storage.getWorkspace(p.data.id)
    if (!found.ok) return err(fromStorage(found.error))
    if (!found.value) return err({ kind: 'not-found', message: 'no such workspace' })
    const me = await authenticate(storage, req, found.value.id, roles)
    return me.ok ? ok({ ws: found.value, me: me.value }) : me
  }

  async function load(ws: WorkspaceRow, version: number): Promise<Result<SnapshotDetail & { plan: PlanDocument }, ApiFailure>> {
    const row = await storage.getSnapshot(ws.id, version)
    if (!row.ok) return err(fromStorage(row.error))
    if (!row.value) return err({ kind: 'not-found', message: `there is no version ${version} yet` })
    const plan = planOf(row.value)
    if (!plan.ok) return err(fromStorage(plan.error))
    const [members, finals] = await Promise.all([storage.listMembers(ws.id), storage.listSnapshotFinals(ws.id)])
    if (!members.ok) return err(fromStorage(members.error))
    if (!finals.ok) return err(fromStorage(finals.error))
    return ok({ ...toMeta(row.value, members.value, finals.value), plan: plan.value })
  }

  router.post(
    '/:id/snapshots',
    route(async (req) => {
      const a = await access(req, ['facilitator'])
      if (!a.ok) return a
      const body = parseBody(SnapshotBody, req.body)
      if (!body.ok) return body
      const taken = await service.take(a.value.ws, a.value.me, body.value.summary)
      return taken.ok ? ok({ status: 201, body: taken.value }) : err(fromStorage(taken.error))
    }),
  )

  // only a facilitator may mark the version a board signs; the mark is kept, never undone
  router.post(
    '/:id/snapshots/:version/final',
    route(async (req) => {
      const a = await access(req, ['facilitator'])
      if (!a.ok) return a
      const p = params(Params.version, req)
      if (!p.ok) return p
      const body = parseBody(FinalBody, req.body ?? {})
      if (!body.ok) return body
      const row = await storage.getSnapshot(a.value.ws.id, p.value.version)
      if (!row.ok) return err(fromStorage(row.error))
      if (!row.value) return err({ kind: 'not-found', message: `there is no version ${p.value.version} yet` })
      const marked = await storage.markSnapshotFinal({ workspaceId: a.value.ws.id, version: p.value.version, markedBy: a.value.me.id, markedAt: deps.now().toISOString() })
      if (!marked.ok) return err(fromStorage(marked.error))
      const one = await load(a.value.ws, p.value.version)
      return one.ok ? ok({ body: one.value }) : one
    }),
  )

  router.get(
    '/:id/snapshots',
    route(async (req) => {
      const a = await access(req)
      if (!a.ok) return a
      const [list, members, finals] = await Promise.all([storage.listSnapshots(a.value.ws.id), storage.listMembers(a.value.ws.id), storage.listSnapshotFinals(a.value.ws.id)])
      if (!list.ok) return err(fromStorage(list.error))
      if (!members.ok) return err(fromStorage(members.error))
      if (!finals.ok) return err(fromStorage(finals.error))
      const body: SnapshotList = { snapshots: list.value.map((r) => toMeta(r, members.value, finals.value)) }
      return ok({ body })
    }),
  )

  router.get(
    '/:id/snapshots/:version',
    route(async (req) => {
      const a = await access(req)
      if (!a.ok) return a
      const p = params(Params.version, req)
      if (!p.ok) return p
      const one = await load(a.value.ws, p.value.version)
      return one.ok ? ok({ body: one.value }) : one
    }),
  )

  router.get(
    '/:id/snapshots/:a/diff/:b',
    route(async (req) => {
      const a = await access(req)
      if (!a.ok) return a
      const p = params(Params.diff, req)
      if (!p.ok) return p
      const from = await load(a.value.ws, p.value.a)
      if (!from.ok) return from
      const to = await load(a.value.ws, p.value.b)
      if (!to.ok) return to
      const changes = diffPlans(from.value.plan, to.value.plan)
      const body: SnapshotDiff = { from: from.value, to: to.value, changes, summary: summarizeDiff(changes) }
      return ok({ body })
    }),
  )

  router.get(
    '/:id/snapshots/:version/export.:format',
    route(async (req, res) => {
      const a = await access(req)
      if (!a.ok) return a
      const p = params(Params.export, req)
      if (!p.ok) return p
      const query = ExportQuery.safeParse(req.query)
      if (!query.success) return err(fromZod(query.error))
      const one = await load(a.value.ws, p.value.version)
      if (!one.ok) return one
      const status = one.value.final ? 'final' : 'draft'
      const file = await renderExport(one.value.plan, p.value.format, { version: p.value.version, status, ...(query.data.paper && { paper: query.data.paper }) })
      sendExport(res, file, p.value.format, { title: one.value.plan.title, version: p.value.version })
      return ok({ body: null })
    }),
  )

  return router
}
