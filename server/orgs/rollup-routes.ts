/**
 * Cross-school roll-ups (JSON and CSV), the strategy library and copying from it. Everything is
 * computed here, from the schools' boards and final plans (./portfolio.ts, ./final-plan.ts), by the
 * pure functions in shared/domain/portfolio; the client never sees a school it could not open.
 */
import { Router } from 'express'
import { CopyStrategyBody, type OrgSummary } from '../../shared/api/orgs'
import { LEA_SELF_REFLECTION } from '../../shared/content/lea-self-reflection'
import { causesByPractice, plansByPractice } from '../../shared/domain/portfolio/by-practice'
import { causesCsv, heatmapCsv, plansCsv } from '../../shared/domain/portfolio/csv'
import { rubricHeatmap } from '../../shared/domain/portfolio/heatmap'
import { libraryStrategies, type FinalPlan } from '../../shared/domain/portfolio/library'
import type { SchoolData } from '../../shared/domain/portfolio/school'
import { err, ok, type Result } from '../../shared/result'
import { fromStorage, sendFailure, type ApiFailure } from '../http/errors'
import { parseBody } from '../http/handler'
import { orgAccess, orgRoute, orgWorkspace } from './access'
import { copyStrategy } from './copy-strategy'
import type { OrgDeps } from './deps'
import { finalPlanOf, finalSnapshotOf } from './final-plan'
import { monitoringOf, monthOf } from './monitoring'
import { schoolsOf } from './portfolio'

type RollupKind = 'heatmap' | 'causes' | 'plans'

function rollup(kind: RollupKind, schools: readonly SchoolData[]): { json: unknown; csv: () => string } {
  switch (kind) {
    case 'heatmap': {
      const v = rubricHeatmap(LEA_SELF_REFLECTION, schools)
      return { json: v, csv: () => heatmapCsv(v) }
    }
    case 'causes': {
      const v = causesByPractice(LEA_SELF_REFLECTION, schools)
      return { json: v, csv: () => causesCsv(v) }
    }
    case 'plans': {
      const v = plansByPractice(LEA_SELF_REFLECTION, schools)
      return { json: v, csv: () => plansCsv(v) }
    }
  }
}

export async function finalPlans(deps: OrgDeps, orgId: string): Promise<Result<FinalPlan[], ApiFailure>> {
  const attached = await deps.store.listAttached(orgId)
  if (!attached.ok) return err(fromStorage(attached.error))
  const out: FinalPlan[] = []
  for (const a of attached.value) {
    const final = await finalSnapshotOf(deps.storage, a.workspaceId)
    if (!final.ok) return err(fromStorage(final.error))
    if (!final.value) continue
    const plan = await finalPlanOf(deps.storage, a.workspaceId, final.value.version)
    if (!plan.ok) {
      if (plan.error.kind === 'corrupt') continue // reported by the portfolio row; one bad snapshot must not hide the rest
      return err(fromStorage(plan.error))
    }
    if (!plan.value) continue
    const strategyIds = plan.value.sections.planning.priorities.flatMap((p) => p.strategies.map((s) => s.id))
    const monitoring = await monitoringOf(deps.storage, { workspaceId: a.workspaceId, strategyIds, month: monthOf(deps.now()) })
    if (!monitoring.ok && monitoring.error.kind !== 'corrupt') return err(fromStorage(monitoring.error))
    out.push({ workspaceId: a.workspaceId, school: a.school, version: final.value.version, finalMarked: final.value.finalMarked, plan: plan.value, ...(monitoring.ok && { monitoring: monitoring.value.strategies }) })
  }
  return ok(out)
}

const slug = (org: OrgSummary | { name: string }) => org.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'organisation'

export function rollupRoutes(deps: OrgDeps): Router {
  const router = Router()

  router.get('/:org/rollups/:kind', async (req, res, next) => {
    try {
      const match = /^(heatmap|causes|plans)(\.csv)?$/.exec(req.params.kind)
      if (!match) return sendFailure(res, { kind: 'not-found', message: 'roll-ups are heatmap, causes and plans (add .csv for a spreadsheet)' })
      const access = await orgAccess(deps, req)
      if (!access.ok) return sendFailure(res, access.error)
      const schools = await schoolsOf(deps, access.value.org.id)
      if (!schools.ok) return sendFailure(res, schools.error)
      const kind = match[1] === 'heatmap' || match[1] === 'causes' ? match[1] : 'plans'
      const value = rollup(kind, schools.value)
      if (!match[2]) return void res.json(value.json)
      res.type('text/csv; charset=utf-8').attachment(`${slug(access.value.org)}-${kind}.csv`).send(value.csv())
    } catch (e) {
      next(e)
    }
  })

  router.get(
    '/:org/library',
    orgRoute(deps, async (req, access) => {
      const plans = await finalPlans(deps, access.org.id)
      return plans.ok ? ok({ body: { strategies: libraryStrategies(plans.value) } }) : plans
    }),
  )

  router.post(
    '/:org/library/copy',
    orgRoute(deps, async (req, access) => {
      const body = parseBody(CopyStrategyBody, req.body)
      if (!body.ok) return body
      const orgId = access.org.id
      for (const ws of [body.value.sourceWorkspaceId, body.value.targetWorkspaceId]) {
        const inOrg = await orgWorkspace(deps, orgId, ws)
        if (!inOrg.ok) return inOrg
      }
      const plans = await finalPlans(deps, orgId)
      if (!plans.ok) return plans
      const source = plans.value.find((p) => p.workspaceId === body.value.sourceWorkspaceId && p.version === body.value.version)
      const priority = source?.plan.sections.planning.priorities.find((p) => p.strategies.some((s) => s.id === body.value.strategyId))
      const strategy = priority?.strategies.find((s) => s.id === body.value.strategyId)
      if (!source || !priority || !strategy) return err({ kind: 'not-found', message: 'that strategy is not in the library (is the plan version still the final one?)' })
      const copied = await copyStrategy(deps.docs, body.value, { workspaceId: source.workspaceId, school: source.school, version: source.version, priorityTitle: priority.title, strategy })
      return copied.ok ? ok({ status: 201, body: copied.value }) : copied
    }),
  )

  return router
}
