/**
 * One round action as a router: authorise the facilitator, check the (empty) body, then load the
 * round of `kind` and act on it inside the workspace's queue, so two actions never interleave.
 */
import { Router } from 'express'
import { RoundActionBody } from '../../shared/api/rounds'
import type { Round } from '../../shared/domain/facilitation/control-state'
import { ok, type Result } from '../../shared/result'
import type { FeatureDeps } from '../features'
import type { ApiFailure } from '../http/errors'
import { parseBody } from '../http/handler'
import { roundIdOf, loadRound, type RoundContext, type Serialise } from './request'

export type RoundAction<T> = (deps: FeatureDeps, ctx: RoundContext) => Promise<Result<T, ApiFailure>>

export function roundActionRoute<T>(deps: FeatureDeps, serialise: Serialise, path: string, kind: Round['kind'], action: RoundAction<T>): Router {
  const router = Router()
  router.post(
    path,
    deps.memberRoute(['facilitator'], async ({ req, workspace }) => {
      const round = roundIdOf(req)
      if (!round.ok) return round
      const body = parseBody(RoundActionBody, req.body)
      if (!body.ok) return body
      const workspaceId = workspace.id
      const roundId = round.value
      const outcome = await serialise(workspaceId, async () => {
        const ctx = await loadRound(deps, workspaceId, roundId, kind)
        return ctx.ok ? action(deps, ctx.value) : ctx
      })
      return outcome.ok ? ok({ body: outcome.value }) : outcome
    }),
  )
  return router
}
