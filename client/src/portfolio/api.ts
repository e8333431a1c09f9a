/**
 * Typed calls to the organisation API. They ride on the coach session cookie (same-origin fetch
 * sends it; the server checks the Origin of every state-changing call); a workspace attach also
 * sends the facilitator's member token.
 */
import * as z from 'zod'
import { AttachBody, CopiedStrategy, CreateOrgBody, LibraryResponse, Me, OpenedWorkspace, ORG_ROUTES, OrgSummary, Portfolio, type CopyStrategyBody } from '../../../shared/api/orgs'
import { CauseRollup, PlanRollup, RubricHeatmap } from '../../../shared/domain/portfolio/schema'
import { call } from '../api/http'

const post = (body: unknown) => ({ method: 'POST' as const, body })

export const orgApi = {
  me: () => call(Me, ORG_ROUTES.me),
  signOut: () => call(z.object({ signedOut: z.boolean() }), ORG_ROUTES.signOut, { method: 'POST' as const }),
  createOrg: (body: z.input<typeof CreateOrgBody>) => call(OrgSummary, ORG_ROUTES.orgs, post(body)),
  accept: (org: string, invite: string, displayName?: string) => call(OrgSummary, ORG_ROUTES.accept(org), post({ invite, ...(displayName && { displayName }) })),
  portfolio: (org: string) => call(Portfolio, ORG_ROUTES.portfolio(org)),
  attach: (org: string, body: z.input<typeof AttachBody>, token: string) => call(z.object({ workspaceId: z.string() }), ORG_ROUTES.attach(org), { ...post(body), token }),
  open: (org: string, ws: string) => call(OpenedWorkspace, ORG_ROUTES.open(org, ws), { method: 'POST' as const }),
  heatmap: (org: string) => call(RubricHeatmap, ORG_ROUTES.rollup(org, 'heatmap')),
  causes: (org: string) => call(CauseRollup, ORG_ROUTES.rollup(org, 'causes')),
  plans: (org: string) => call(PlanRollup, ORG_ROUTES.rollup(org, 'plans')),
  library: (org: string) => call(LibraryResponse, ORG_ROUTES.library(org)),
  copy: (org: string, body: CopyStrategyBody) => call(CopiedStrategy, ORG_ROUTES.copy(org), post(body)),
}
