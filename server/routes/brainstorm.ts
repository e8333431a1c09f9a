/** `POST /api/workspaces/:id/rounds/:roundId/reveal` — facilitators reveal a silent brainstorm. */
import { Router } from 'express'
import { RoundActionBody } from '../../shared/api/rounds'
import { ok } from '../../shared/result'
import type { FeatureDeps } from '../features'
import { parseBody, route } from '../http/handler'
import { revealRound } from '../rounds/reveal'
import { authorise, loadRound, type Serialise } from '../rounds/request'

export function brainstormRoutes(deps: FeatureDeps, serialise: Serialise): Router {
  const router = Router()
  router.post(
    '/:id/rounds/:roundId/reveal',
    route(async (req) => {
      const who = await authorise(deps, req)
      if (!who.ok) return who
      const body = parseBody(RoundActionBody, req.body)
      if (!body.ok) return body
      const { workspaceId, roundId } = who.value
      const outcome = await serialise(workspaceId, async () => {
        const ctx = await loadRound(deps, workspaceId, roundId, 'brainstorm')
        return ctx.ok ? revealRound(deps, ctx.value) : ctx
      })
      return outcome.ok ? ok({ body: outcome.value }) : outcome
    }),
  )
  return router
}
