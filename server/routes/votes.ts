/**
 * `POST /api/workspaces/:id/rounds/:roundId/close` — facilitators close a dot vote; the server
 * tallies every member's private dots and publishes totals. Generic over targets (SWOT items or
 * fishbone causes): the round's settings in `control` say which board's ids count.
 */
import type { Router } from 'express'
import type { FeatureDeps } from '../features'
import { roundActionRoute } from '../rounds/action-route'
import { closeVote } from '../rounds/close-vote'
import type { Serialise } from '../rounds/request'
import { API } from '../../shared/api/routes'

export function voteRoutes(deps: FeatureDeps, serialise: Serialise): Router {
  return roundActionRoute(deps, serialise, API.roundClose, 'vote', closeVote)
}
