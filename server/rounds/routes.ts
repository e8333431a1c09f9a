/** The round routers (brainstorm reveal, vote close) sharing one per-workspace queue. */
import type { Router } from 'express'
import type { FeatureDeps } from '../features'
import { brainstormRoutes } from '../routes/brainstorm'
import { voteRoutes } from '../routes/votes'
import { participationRoutes } from './participation'

export function roundRoutes(deps: FeatureDeps): { path: string; router: Router }[] {
  const { serialise } = deps
  return [
    { path: '/', router: brainstormRoutes(deps, serialise) },
    { path: '/', router: voteRoutes(deps, serialise) },
    { path: '/', router: participationRoutes(deps) },
  ]
}
