/** `POST /api/workspaces/:id/rounds/:roundId/reveal` — facilitators reveal a silent brainstorm. */
import type { Router } from 'express'
import type { FeatureDeps } from '../features'
import { roundActionRoute } from '../rounds/action-route'
import type { Serialise } from '../rounds/request'
import { revealRound } from '../rounds/reveal'
import { API } from '../../shared/api/routes'

export function brainstormRoutes(deps: FeatureDeps, serialise: Serialise): Router {
  return roundActionRoute(deps, serialise, API.roundReveal, 'brainstorm', revealRound)
}
