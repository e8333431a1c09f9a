/**
 * Plan snapshots: a facilitator takes one (POST, with a justification note) and marks the one the
 * board signs as final; every member, observers included, lists, reads, diffs and exports them.
 * Rows are immutable: nothing here updates or deletes (a final mark is a row of its own).
 */
import type { Serialise } from '../http/workspace-queue'
import { Router, type Request } from 'express'
import * as Y from 'yjs'
import * as z from 'zod'
import { diffPlans, summarizeDiff } from '../../shared/plan/diff'
import type { PlanDocument } from '../../shared/plan/document'
import { EXPORT_FORMAT_IDS, ExportQuery, FinalBody, SnapshotBody, type SnapshotDetail, type SnapshotDiff, type SnapshotList } from '../../shared/plan/snapshot-api'
import { err, ok, type Result } from '../../shared/result'
import type { MemberRoute } from '../http/member-route'
import { API } from '../../shared/api/routes'
import { fromStorage, fromZod, type ApiFailure } from '../http/errors'
import { parseBody } from '../http/handler'
import type { ServerDocs } from '../docs/server-docs'
import { renderExport, sendExport } from '../snapshots/exports'
import { planOf, snapshotService, toMeta } from '../snapshots/service'
import type { Storage, WorkspaceRow } from '../storage/types'

export interface SnapshotDeps {
  readonly storage: Storage
  readonly docs: ServerDocs
  readonly now: () => Date
  readonly memberRoute: MemberRoute
  readonly serialise: Serialise
}

/** a second snapshot of an unchanged board within this long is the same click, not a new version */
const SAME_SNAPSHOT_MS = 30_000
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i])

const Version = z.string().regex(/^[1-9]\d{0,8}$/, 'must be a version number (1, 2, …)').transform(Number)
const Params = {
  version: z.object({ version: Version }),
  diff: z.object({ a: Version, b: Version }),
  export: z.object({ version: Version, format: z.enum(EXPORT_FORMAT_IDS, { error: `format must be one of ${EXPORT_FORMAT_IDS.join(', ')}` }) }),
}

function params<S extends z.ZodType>(schema: S, req: Request): Result<z.infer<S>, ApiFailure> {
  const parsed = schema.safeParse(req.params)
  return parsed.success ? ok(parsed.data) : err(fromZod(parsed.error))
}

export function snapshotRoutes(deps: SnapshotDeps): Router {
  const { storage, memberRoute } = deps
  const service = snapshotService(deps)
  const router = Router()

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

  // A double click, or two facilitators clicking at once, must make one version: requests of one
  // workspace run in turn, and one that finds the latest version taken moments ago from exactly
  // the board state there is now answers that version (200) instead of storing an identical one.
  const turns = new Map<string, Promise<unknown>>()
  const inTurn = <T>(workspaceId: string, fn: () => Promise<T>): Promise<T> => {
    const run = (turns.get(workspaceId) ?? Promise.resolve()).then(fn, fn)
    turns.set(workspaceId, run)
    void run.finally(() => turns.get(workspaceId) === run && turns.delete(workspaceId))
    return run
  }
  async function justTaken(ws: WorkspaceRow): Promise<Result<SnapshotDetail | null, ApiFailure>> {
    const list = await storage.listSnapshots(ws.id)
    if (!list.ok) return err(fromStorage(list.error))
    const latest = list.value.at(-1)
    if (!latest || deps.now().getTime() - Date.parse(latest.createdAt) > SAME_SNAPSHOT_MS) return ok(null)
    const [row, current] = await Promise.all([storage.getSnapshot(ws.id, latest.version), deps.docs.read(ws.id, { kind: 'board' }, (doc) => Y.encodeStateVector(doc))])
    if (!row.ok) return err(fromStorage(row.error))
    if (!current.ok) return err(fromStorage(current.error))
    if (!row.value || !sameBytes(Y.encodeStateVectorFromUpdate(row.value.docState), current.value)) return ok(null)
    return load(ws, latest.version)
  }

  router.post(
    API.snapshots,
    memberRoute(['facilitator'], async ({ req, workspace, me }) => {
      const body = parseBody(SnapshotBody, req.body)
      if (!body.ok) return body
      const summary = body.value.summary
      return inTurn(workspace.id, async () => {
        const existing = await justTaken(workspace)
        if (!existing.ok) return existing
        if (existing.value) return ok({ status: 200, body: existing.value })
        const taken = await service.take(workspace, me, summary)
        return taken.ok ? ok({ status: 201, body: taken.value }) : err(fromStorage(taken.error))
      })
    }),
  )

  // only a facilitator may mark the version a board signs; the mark is kept, never undone
  // only a facilitator may mark the version a board signs; the mark is kept, never undone
  router.post(
    API.snapshotFinal,
    memberRoute(['facilitator'], async ({ req, workspace, me }) => {
      const p = params(Params.version, req)
      if (!p.ok) return p
      const body = parseBody(FinalBody, req.body ?? {})
      if (!body.ok) return body
      const row = await storage.getSnapshot(workspace.id, p.value.version)
      if (!row.ok) return err(fromStorage(row.error))
      if (!row.value) return err({ kind: 'not-found', message: `there is no version ${p.value.version} yet` })
      const marked = await storage.markSnapshotFinal({ workspaceId: workspace.id, version: p.value.version, markedBy: me.id, markedAt: deps.now().toISOString() })
      if (!marked.ok) return err(fromStorage(marked.error))
      const one = await load(workspace, p.value.version)
      return one.ok ? ok({ body: one.value }) : one
    }),
  )

  router.get(
    API.snapshots,
    memberRoute('any', async ({ workspace }) => {
      const [list, members, finals] = await Promise.all([storage.listSnapshots(workspace.id), storage.listMembers(workspace.id), storage.listSnapshotFinals(workspace.id)])
      if (!list.ok) return err(fromStorage(list.error))
      if (!members.ok) return err(fromStorage(members.error))
      if (!finals.ok) return err(fromStorage(finals.error))
      const body: SnapshotList = { snapshots: list.value.map((r) => toMeta(r, members.value, finals.value)) }
      return ok({ body })
    }),
  )

  router.get(
    API.snapshot,
    memberRoute('any', async ({ req, workspace }) => {
      const p = params(Params.version, req)
      if (!p.ok) return p
      const one = await load(workspace, p.value.version)
      return one.ok ? ok({ body: one.value }) : one
    }),
  )

  router.get(
    API.snapshotDiff,
    memberRoute('any', async ({ req, workspace }) => {
      const p = params(Params.diff, req)
      if (!p.ok) return p
      const from = await load(workspace, p.value.a)
      if (!from.ok) return from
      const to = await load(workspace, p.value.b)
      if (!to.ok) return to
      const changes = diffPlans(from.value.plan, to.value.plan)
      const body: SnapshotDiff = { from: from.value, to: to.value, changes, summary: summarizeDiff(changes) }
      return ok({ body })
    }),
  )

  router.get(
    API.snapshotExport,
    memberRoute('any', async ({ req, res, workspace }) => {
      const p = params(Params.export, req)
      if (!p.ok) return p
      const query = ExportQuery.safeParse(req.query)
      if (!query.success) return err(fromZod(query.error))
      const one = await load(workspace, p.value.version)
      if (!one.ok) return one
      const status = one.value.final ? 'final' : 'draft'
      const file = await renderExport(one.value.plan, p.value.format, { version: p.value.version, status, ...(query.data.paper && { paper: query.data.paper }) })
      sendExport(res, file, p.value.format, { title: one.value.plan.title, version: p.value.version })
      return ok({ body: null })
    }),
  )

  return router
}
