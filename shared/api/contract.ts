/**
 * The REST contract shared by client and server: routes, zod schemas for every body, and the types
 * inferred from them. The server parses every request with these; the client types its calls.
 */
import * as z from 'zod'
import { INVITE_ROLES, MEMBER_ROLES, STAKEHOLDER_ROLE_IDS } from '../auth/roles'
import { plainTextProblem } from '../text/plain-text'
import { API, fillPath } from './routes'

/** a name or short text: trimmed, bounded, no control characters or lone surrogates */
export const name = (what: string, max: number) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} is at most ${max} characters`)
    .superRefine((text, ctx) => {
      const problem = plainTextProblem(text)
      if (problem) ctx.addIssue({ code: 'custom', message: `${what} ${problem}` })
    })

export const CreateWorkspaceBody = z.strictObject({
  title: name('title', 200),
  organisation: name('organisation', 200),
  facilitatorName: name('facilitatorName', 80),
  stakeholderRole: z.enum(STAKEHOLDER_ROLE_IDS).default('other'),
})
export type CreateWorkspaceBody = z.infer<typeof CreateWorkspaceBody>

export const JoinBody = z.strictObject({
  invite: z.string().min(16).max(200),
  displayName: name('displayName', 80),
  stakeholderRole: z.enum(STAKEHOLDER_ROLE_IDS, { error: 'stakeholderRole must be one of the listed roles' }),
})
export type JoinBody = z.infer<typeof JoinBody>

export const PromoteBody = z.strictObject({
  role: z.enum(MEMBER_ROLES),
})

export const Workspace = z.object({
  id: z.string(),
  title: z.string(),
  organisation: z.string(),
  createdAt: z.string(),
})
export type Workspace = z.infer<typeof Workspace>

export const Member = z.object({
  id: z.string(),
  workspaceId: z.string(),
  displayName: z.string(),
  role: z.enum(MEMBER_ROLES),
  stakeholderRole: z.enum(STAKEHOLDER_ROLE_IDS),
  color: z.string(),
  joinedAt: z.string(),
  /** when any of this member's devices last used the workspace (absent: not since this was recorded) */
  lastActiveAt: z.string().optional(),
})
export type Member = z.infer<typeof Member>

export const SyncTicket = z.object({ ticket: z.string(), expiresAt: z.string() })
export type SyncTicket = z.infer<typeof SyncTicket>

export const DeviceToken = z.object({ memberToken: z.string() })
export type DeviceToken = z.infer<typeof DeviceToken>

export const MembersView = z.object({ members: z.array(Member) })
export type MembersView = z.infer<typeof MembersView>

export const InviteLinks = z.object(
  Object.fromEntries(INVITE_ROLES.map((r) => [r, z.string()])) as Record<(typeof INVITE_ROLES)[number], z.ZodString>,
)
export type InviteLinks = z.infer<typeof InviteLinks>

/** What a member gets back on creating or joining: keep `memberToken` secret (it is the login). */
export const Session = z.object({
  workspace: Workspace,
  member: Member,
  memberToken: z.string(),
  /** personal re-entry link (the token rides in the URL fragment, never sent to servers in logs) */
  personalLink: z.string(),
})
export type Session = z.infer<typeof Session>

export const CreateWorkspaceResponse = Session.extend({ invites: InviteLinks })
export type CreateWorkspaceResponse = z.infer<typeof CreateWorkspaceResponse>

export const WorkspaceView = z.object({
  workspace: Workspace,
  me: Member,
  members: z.array(Member),
})
export type WorkspaceView = z.infer<typeof WorkspaceView>

export const InvitePreview = z.object({
  workspace: Workspace.pick({ id: true, title: true, organisation: true }),
  role: z.enum(INVITE_ROLES),
})
export type InvitePreview = z.infer<typeof InvitePreview>

export const ClientConfig = z.object({
  tldrawLicenseKey: z.string().optional(),
  maxFrameBytes: z.number(),
  /** largest upload the server accepts (POST /api/workspaces/:id/assets) */
  assetMaxBytes: z.number(),
})
export type ClientConfig = z.infer<typeof ClientConfig>

export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
  }),
})
export type ApiError = z.infer<typeof ApiError>

export const ROUTES = {
  config: API.config,
  workspaces: API.workspaces,
  workspace: (id: string) => fillPath(API.workspace, { id }),
  invitePreview: (id: string) => fillPath(API.invitePreview, { id }),
  join: (id: string) => fillPath(API.join, { id }),
  invites: (id: string) => fillPath(API.invites, { id }),
  rotateInvite: (id: string, role: string) => fillPath(API.rotateInvite, { id, role }),
  member: (id: string, memberId: string) => fillPath(API.member, { id, memberId }),
  memberRole: (id: string, memberId: string) => fillPath(API.memberRole, { id, memberId }),
  syncTicket: (id: string) => fillPath(API.syncTicket, { id }),
  devices: (id: string) => fillPath(API.devices, { id }),
  signOut: (id: string) => fillPath(API.signOut, { id }),
} as const

/** Links are client routes; tokens ride in the fragment so they never reach access logs. */
export const LINKS = {
  join: (origin: string, workspaceId: string, invite: string) => `${origin}/join/${workspaceId}#invite=${invite}`,
  personal: (origin: string, workspaceId: string, token: string) => `${origin}/w/${workspaceId}#token=${token}`,
} as const
