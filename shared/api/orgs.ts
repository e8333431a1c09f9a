/**
 * The REST contract of organisations, coach sign-in, the portfolio and the roll-ups (server/orgs).
 * Coach routes authenticate with the session cookie, never with a member token.
 */
import * as z from 'zod'
import { PHASE_IDS } from '../domain/portfolio/phase'
import { LibraryStrategy } from '../domain/portfolio/schema'
import { Session } from './contract'

export const ORG_ROLES = ['admin', 'coach'] as const
export type OrgRole = (typeof ORG_ROLES)[number]

const text = (what: string, max: number) =>
  z.string({ error: `${what} is required` }).trim().min(1, `${what} must not be empty`).max(max, `${what} is at most ${max} characters`)
const id = (what: string) => z.string({ error: `${what} is required` }).regex(/^[A-Za-z0-9_-]{6,64}$/, `${what} is not a valid id`)

/** `displayName` names a new coach when there is no identity provider and no session yet */
export const CreateOrgBody = z.strictObject({ name: text('name', 200), displayName: text('displayName', 80).optional() })
export const AttachBody = z.strictObject({ workspaceId: id('workspaceId'), school: text('school', 200).optional() })
/** joining an organisation by invite link; a name is needed only when there is no identity provider */
export const AcceptInviteBody = z.strictObject({ invite: z.string().min(16).max(200), displayName: text('displayName', 80).optional() })
export const CopyStrategyBody = z.strictObject({
  sourceWorkspaceId: id('sourceWorkspaceId'),
  version: z.number().int().positive(),
  strategyId: z.string().min(1).max(64),
  targetWorkspaceId: id('targetWorkspaceId'),
  /** an existing priority of the target's draft; omitted = a new priority named after the source's */
  priorityId: z.string().min(1).max(64).optional(),
})
export type CopyStrategyBody = z.infer<typeof CopyStrategyBody>

export const Coach = z.object({ id: z.string(), email: z.string(), displayName: z.string() })
export type Coach = z.infer<typeof Coach>
export const OrgSummary = z.object({ id: z.string(), name: z.string(), role: z.enum(ORG_ROLES) })
export type OrgSummary = z.infer<typeof OrgSummary>

export const Me = z.object({
  coach: Coach.nullable(),
  orgs: z.array(OrgSummary),
  /** an identity provider is configured: coaches sign in with it (otherwise by invite link) */
  oidc: z.boolean(),
})
export type Me = z.infer<typeof Me>

export const Monitoring = z.discriminatedUnion('status', [
  z.object({ status: z.literal('none') }),
  z.object({ status: z.literal('active'), openComments: z.number().int(), behindSchedule: z.number().int() }),
])
export type Monitoring = z.infer<typeof Monitoring>

export const PortfolioEntry = z.object({
  workspaceId: z.string(),
  title: z.string(),
  school: z.string(),
  createdAt: z.string(),
  lastActivity: z.string(),
  phase: z.enum(PHASE_IDS),
  /** the board could not be read (damaged storage): shown, never silently left out */
  unreadable: z.boolean(),
  priorities: z.array(z.object({ id: z.string(), title: z.string() })),
  monitoring: Monitoring,
})
export type PortfolioEntry = z.infer<typeof PortfolioEntry>
export const Portfolio = z.object({ org: OrgSummary, workspaces: z.array(PortfolioEntry), inviteLink: z.string().nullable() })
export type Portfolio = z.infer<typeof Portfolio>

export const OpenedWorkspace = Session
export const CopiedStrategy = z.object({ priorityId: z.string(), strategyId: z.string() })
export const LibraryResponse = z.object({ strategies: z.array(LibraryStrategy) })

export const ORG_ROUTES = {
  me: '/api/auth/me',
  signIn: (returnTo: string) => `/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`,
  callback: '/api/auth/oidc/callback',
  signOut: '/api/auth/sign-out',
  orgs: '/api/orgs',
  accept: (org: string) => `/api/orgs/${org}/accept`,
  portfolio: (org: string) => `/api/orgs/${org}/portfolio`,
  attach: (org: string) => `/api/orgs/${org}/workspaces`,
  open: (org: string, ws: string) => `/api/orgs/${org}/workspaces/${ws}/open`,
  rotateInvite: (org: string) => `/api/orgs/${org}/invite/rotate`,
  rollup: (org: string, kind: 'heatmap' | 'causes' | 'plans', format: 'json' | 'csv' = 'json') =>
    `/api/orgs/${org}/rollups/${kind}${format === 'csv' ? '.csv' : ''}`,
  library: (org: string) => `/api/orgs/${org}/library`,
  copy: (org: string) => `/api/orgs/${org}/library/copy`,
} as const

export const ORG_LINKS = {
  invite: (origin: string, org: string, invite: string) => `${origin}/portfolio/${org}/join#invite=${invite}`,
  portfolio: (org: string) => `/portfolio/${org}`,
} as const
