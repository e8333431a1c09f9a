/**
 * Facilitation's REST surface: `GET /api/time`, the server clock every client's timer is read
 * against (clients estimate their offset from several samples, see shared/domain/facilitation/clock.ts).
 * Unauthenticated on purpose: a clock reading reveals nothing, and the join page can warm it up.
 */
import { Router } from 'express'
import { ok } from '../../shared/result'
import { route } from '../http/handler'
import { API } from '../../shared/api/routes'

export interface FacilitationDeps {
  readonly now: () => Date
}

export function facilitationRoutes(deps: FacilitationDeps): Router {
  const router = Router()
  router.get(
    API.time,
    route(async (_req, res) => {
      // a cached reading would be a wrong reading
      res.set('cache-control', 'no-store')
      return ok({ body: { now: deps.now().getTime() } })
    }),
  )
  return router
}
