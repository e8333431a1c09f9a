/**
 * Rubric routes: the public, read-only rubric content (CC BY 4.0) under /api/rubrics, and the
 * facilitator's server actions under /api/workspaces/:id/rubric — progress (counts only in anonymous
 * mode), reveal and reopen. Actions on one workspace run one at a time, so two reveals cannot interleave.
 */
import { Router } from 'express'
import { RevealBody, ReopenBody, type DomainSelection, type RevealResult, type RubricProgress } from '../../shared/api/rubric'
import { LEA_SELF_REFLECTION } from '../../shared/content/lea-self-reflection'
import type { Rubric } from '../../shared/content/rubric-model'
import { expectedTakers } from '../../shared/domain/participation'
import { memberProgress } from '../../shared/domain/rubric/progress'
import { err, ok, type Result } from '../../shared/result'
import type { FeatureDeps } from '../features'
import { fromStorage, type ApiFailure } from '../http/errors'
import { parseBody, route } from '../http/handler'
import { inDomainOrder, publish, revealState } from '../rubric/publish'
import { isScorer, readSubmissions } from '../rubric/submissions'
import type { MemberRow } from '../storage/types'
import { API } from '../../shared/api/routes'

/** Rubrics served by id; another rubric is added here as data. */
const RUBRICS = { [LEA_SELF_REFLECTION.id]: LEA_SELF_REFLECTION } as const satisfies Record<string, Rubric>
/** The rubric a workspace scores (one per workspace for now). */
const WORKSPACE_RUBRIC: Rubric = LEA_SELF_REFLECTION

export function rubricRoutes(deps: FeatureDeps): { path: string; router: Router }[] {
  return [
    { path: '/', router: contentRouter() },
    { path: '/', router: workspaceRubricRouter(deps) },
  ]
}

function contentRouter(): Router {
  const router = Router()
  router.get(
    API.rubricContent,
    route(async (req, res) => {
      const id = String(req.params.rubricId)
      const rubric: Rubric | undefined = Object.hasOwn(RUBRICS, id) ? RUBRICS[id as keyof typeof RUBRICS] : undefined
      if (!rubric) return err({ kind: 'not-found', message: `no rubric "${id.slice(0, 64)}"` })
      res.set('cache-control', 'public, max-age=3600')
      return ok({ body: rubric })
    }),
  )
  return router
}

function workspaceRubricRouter(deps: FeatureDeps): Router {
  const { storage, docs } = deps
  const router = Router()
  const rubric = WORKSPACE_RUBRIC
  const serialised = deps.serialise

  /** The workspace's members (the facilitator is authenticated by `memberRoute`). */
  const facilitatorAndMembers = async (workspaceId: string): Promise<Result<{ workspaceId: string; members: readonly MemberRow[] }, ApiFailure>> => {
    const members = await storage.listMembers(workspaceId)
    if (!members.ok) return err(fromStorage(members.error))
    return ok({ workspaceId, members: members.value })
  }

  const selection = (domains: DomainSelection): Result<string[], ApiFailure> => {
    if (domains === 'all') return ok(rubric.domains.map((d) => d.id))
    const unknown = domains.find((id) => !rubric.domains.some((d) => d.id === id))
    if (unknown !== undefined) return err({ kind: 'bad-request', field: 'domains', message: `domains: "${unknown}" is not a domain of this rubric` })
    return ok(domains)
  }

  router.get(
    API.rubricProgress,
    deps.memberRoute(['facilitator'], async ({ workspace }) => {
      const ctx = await facilitatorAndMembers(workspace.id)
      if (!ctx.ok) return ctx
      const state = await revealState(docs, ctx.value.workspaceId)
      if (!state.ok) return err(fromStorage(state.error))
      const scorers = ctx.value.members.filter(isScorer)
      const subs = await readSubmissions(docs, rubric, ctx.value.workspaceId, scorers)
      const all = scorers.map((m) => ({ member: m, progress: memberProgress(rubric, subs.submissions[m.id]?.picks ?? {}) }))
      // a coach who runs the scoring without scoring is not "1 of 5 still to finish"
      const counted = new Set(expectedTakers(scorers, Object.fromEntries(all.map((r) => [r.member.id, r.progress.scored]))).map((m) => m.id))
      const rows = all.filter((r) => counted.has(r.member.id))
      const counts = {
        total: rows[0]?.progress.total ?? memberProgress(rubric, {}).total,
        memberCount: rows.length,
        startedCount: rows.filter((r) => r.progress.scored > 0).length,
        finishedCount: rows.filter((r) => r.progress.finished).length,
        unreadableCount: subs.skipped.length,
      }
      // anonymous: the answer is built from counts alone, so no id or name can ride along
      const body: RubricProgress =
        state.value.mode === 'anonymous'
          ? { mode: 'anonymous', ...counts }
          : {
              mode: 'named',
              ...counts,
              members: rows.map((r) => ({ memberId: r.member.id, displayName: r.member.displayName, scored: r.progress.scored, finished: r.progress.finished })),
            }
      return ok({ body })
    }),
  )

  const action = (kind: 'reveal' | 'reopen') =>
    deps.memberRoute(['facilitator'], async ({ req, workspace }) => {
      const ctx = await facilitatorAndMembers(workspace.id)
      if (!ctx.ok) return ctx
      const body = parseBody(kind === 'reveal' ? RevealBody : ReopenBody, req.body)
      if (!body.ok) return body
      const chosen = selection(body.value.domains)
      if (!chosen.ok) return chosen
      const { workspaceId, members } = ctx.value
      const outcome = await serialised(workspaceId, async () => {
        const state = await revealState(docs, workspaceId)
        if (!state.ok) return state
        const now = new Set(state.value.revealedDomains)
        for (const d of chosen.value) if (kind === 'reveal') now.add(d)
        else now.delete(d)
        return publish(docs, rubric, workspaceId, members, inDomainOrder(rubric, now), deps.random)
      })
      if (!outcome.ok) return err(fromStorage(outcome.error))
      const { revealedDomains, mode, memberCount, skipped } = outcome.value
      const result: RevealResult = { revealedDomains: [...revealedDomains], mode, memberCount, skipped: [...skipped] }
      return ok({ body: result })
    })

  router.post(API.rubricReveal, action('reveal'))
  router.post(API.rubricReopen, action('reopen'))
  return router
}
