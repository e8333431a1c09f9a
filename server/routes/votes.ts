/**
 * `POST /api/workspaces/:id/rounds/:roundId/close` — facilitators close a dot vote; the server
 * tallies every member's private dots and publishes totals. Generic over targets (SWOT items or
 * fishbone causes): the round's settings in `control` say which board's ids count.
 */
import { Router } from 'express'
import { RoundActionBody } from '../../shared/api/rounds'
import { ok } from '../../shared/result'
import type { FeatureDeps } from '../features'
import { parseBody, route } from '../http/handler'
import { closeVote } from '../rounds/close-vote'
import { authorise, loadRound, type Serialise } from '../rounds/request'

export function voteRoutes(deps: FeatureDeps, serialise: Serialise): Router {
  const router = Router()
  router.post(
    '/:id/rounds/:roundId/close',
    route(async (req) => {
      const who = await authorise(deps, req)
      if (!who.ok) return who
      const body = parseBody(RoundActionBody, req.body)
      if (!body.ok) return body
      const { workspaceId, roundId } = who.value
      const outcome = await serialise(workspaceId, async () => {
        const ctx = await loadRound(deps, workspaceId, roundId, 'vote')
        return ctx.ok ? closeVote(deps, ctx.value) : ctx
      })
      return outcome.ok ? ok({ body: outcome.value }) : outcome
    }),
  )
  return router
}
