/**
 * Feature routers mounted under /api/workspaces/:id/…, and the set-up a new workspace or member
 * needs in their documents. Each feature adds its router here; app.ts stays feature-agnostic.
 */
import type { Router } from 'express'
import { ensurePlan } from '../shared/doc/plan'
import { ensurePrivateRubric, ensureRubricTeam } from '../shared/doc/rubric'
import { LEA_SELF_REFLECTION } from '../shared/content/lea-self-reflection'
import type { Serialise } from './http/workspace-queue'
import type { ServerDocs } from './docs/server-docs'
import { facilitationRoutes } from './routes/facilitation'
import { rubricRoutes } from './routes/rubric'
import { roundRoutes } from './rounds/routes'
import { snapshotRoutes } from './routes/snapshots'
import { commentRoutes } from './monitoring/comments-routes'
import { monitoringRoutes } from './monitoring/routes'
import type { Relay } from './sync/relay'
import type { Storage } from './storage/types'
import type { MemberRoute } from './http/member-route'

export interface FeatureDeps {
  readonly storage: Storage
  readonly docs: ServerDocs
  readonly relay: Relay
  readonly now: () => Date
  /** uniform random in [0, 1): injected so tests can fix it */
  readonly random: () => number
  /** the member-authenticated front of every workspace route */
  readonly memberRoute: MemberRoute
  /** the one per-workspace action queue, shared by every server action */
  readonly serialise: Serialise
}

export function featureRoutes(deps: FeatureDeps): { path: string; router: Router }[] {
  return [
    ...rubricRoutes(deps),
    ...roundRoutes(deps),
    { path: '/', router: facilitationRoutes(deps) },
    { path: '/', router: snapshotRoutes(deps) },
    { path: '/api/workspaces', router: monitoringRoutes(deps) },
    { path: '/api/workspaces', router: commentRoutes(deps) },
  ]
}

/** Pre-creates shared texts so two people starting the same field at once cannot race. */
export async function setUpWorkspaceDocs(docs: ServerDocs, workspaceId: string): Promise<void> {
  await docs.write(workspaceId, { kind: 'board' }, (doc) => {
    ensurePlan(doc)
    ensureRubricTeam(doc, LEA_SELF_REFLECTION)
  })
}

export async function setUpMemberDocs(docs: ServerDocs, workspaceId: string, memberId: string): Promise<void> {
  await docs.write(workspaceId, { kind: 'private', memberId }, (doc) => ensurePrivateRubric(doc, LEA_SELF_REFLECTION))
}
