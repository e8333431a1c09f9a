/** Workspaces, joining by invite, invite links, member roles and removal, and each device's sign-in. */
import { Router, type Request } from 'express'
import * as z from 'zod'
import { CreateWorkspaceBody, JoinBody, LINKS, PromoteBody, type InviteLinks, type Member, type Session } from '../../shared/api/contract'
import { API } from '../../shared/api/routes'
import { INVITE_ROLES, memberColor, type InviteRole } from '../../shared/auth/roles'
import { err, ok, type Result } from '../../shared/result'
import type { MemberAuth } from '../auth/member-auth'
import { hashToken, inviteToken, newId, newMemberToken, sameToken } from '../auth/tokens'
import { fromStorage, type ApiFailure } from '../http/errors'
import { parseBody, publicOrigin, route } from '../http/handler'
import { findWorkspace, type MemberRoute } from '../http/member-route'
import type { MemberRow, Storage, WorkspaceRow } from '../storage/types'
import type { Disconnect } from '../sync/disconnect'
import { membershipOutcome } from './last-facilitator'

export interface WorkspaceDeps {
  readonly storage: Storage
  readonly publicUrl: string | undefined
  readonly now: () => Date
  readonly auth: MemberAuth
  readonly memberRoute: MemberRoute
  /** the one per-workspace action queue (membership changes run one at a time, with every other action) */
  /** closes a member's sockets on every instance (role changed, removed, a device signed out) */
  readonly disconnect: (d: Disconnect) => void
  /** prepares a new workspace's documents (shared texts created once, by the server) */
  readonly onWorkspaceCreated?: (workspaceId: string) => Promise<void>
  /** prepares a new member's private document */
  readonly onMemberJoined?: (workspaceId: string, memberId: string) => Promise<void>
}

export const toMember = (m: MemberRow, lastActiveAt?: string): Member => ({
  id: m.id,
  workspaceId: m.workspaceId,
  displayName: m.displayName,
  role: m.role,
  stakeholderRole: m.stakeholderRole,
  color: memberColor(m.id),
  joinedAt: m.joinedAt,
  ...(lastActiveAt ? { lastActiveAt } : {}),
})

const toWorkspace = (w: WorkspaceRow) => ({ id: w.id, title: w.title, organisation: w.organisation, createdAt: w.createdAt })

const InviteOnly = z.strictObject({ invite: z.string().min(16).max(200) })
const NoBody = z.strictObject({})

export function workspaceRoutes(deps: WorkspaceDeps): Router {
  const { storage, memberRoute } = deps
  const router = Router()

  const inviteLinks = async (origin: string, wsId: string): Promise<Result<InviteLinks, ApiFailure>> => {
    const secret = await storage.serverSecret()
    if (!secret.ok) return err(fromStorage(secret.error))
    const links: Partial<Record<InviteRole, string>> = {}
    for (const role of INVITE_ROLES) {
      const v = await storage.inviteVersion(wsId, role)
      if (!v.ok) return err(fromStorage(v.error))
      links[role] = LINKS.join(origin, wsId, inviteToken(secret.value, wsId, role, v.value))
    }
    return ok(links as InviteLinks)
  }

  const roleForInvite = async (wsId: string, invite: string): Promise<Result<InviteRole, ApiFailure>> => {
    const secret = await storage.serverSecret()
    if (!secret.ok) return err(fromStorage(secret.error))
    for (const role of INVITE_ROLES) {
      const v = await storage.inviteVersion(wsId, role)
      if (!v.ok) return err(fromStorage(v.error))
      if (sameToken(invite, inviteToken(secret.value, wsId, role, v.value))) return ok(role)
    }
    return err({ kind: 'forbidden', message: 'this invite link is not valid (it may have been rotated)' })
  }

  const newMember = (wsId: string, name: string, role: MemberRow['role'], stakeholderRole: MemberRow['stakeholderRole']) => {
    const token = newMemberToken()
    const row: MemberRow = { id: newId(), workspaceId: wsId, displayName: name, role, stakeholderRole, tokenHash: hashToken(token), joinedAt: deps.now().toISOString() }
    return { token, row }
  }

  /** a sign-in of its own for one device of `memberId` */
  const addDevice = async (member: Pick<MemberRow, 'id' | 'workspaceId'>, token: string): Promise<Result<void, ApiFailure>> => {
    const at = deps.now().toISOString()
    const added = await storage.addToken({ tokenHash: hashToken(token), memberId: member.id, workspaceId: member.workspaceId, createdAt: at, lastActiveAt: at })
    return added.ok ? ok(undefined) : err(fromStorage(added.error))
  }

  const sessionFor = (req: Request, ws: WorkspaceRow, row: MemberRow, token: string): Session => {
    const origin = publicOrigin(req, deps.publicUrl)
    return { workspace: toWorkspace(ws), member: toMember(row), memberToken: token, personalLink: LINKS.personal(origin, ws.id, token) }
  }

  const membersView = async (wsId: string, withActivity: boolean): Promise<Result<Member[], ApiFailure>> => {
    const members = await storage.listMembers(wsId)
    if (!members.ok) return err(fromStorage(members.error))
    const activity = withActivity ? await storage.memberActivity(wsId) : undefined
    if (activity && !activity.ok) return err(fromStorage(activity.error))
    return ok(members.value.map((m) => toMember(m, activity?.value.get(m.id))))
  }

  router.post(
    API.workspaces,
    route(async (req) => {
      const body = parseBody(CreateWorkspaceBody, req.body)
      if (!body.ok) return body
      const ws: WorkspaceRow = { id: newId(), title: body.value.title, organisation: body.value.organisation, createdAt: deps.now().toISOString() }
      const { token, row } = newMember(ws.id, body.value.facilitatorName, 'facilitator', body.value.stakeholderRole)
      const created = await storage.createWorkspace(ws, row)
      if (!created.ok) return err(fromStorage(created.error))
      const device = await addDevice(row, token)
      if (!device.ok) return device
      await deps.onWorkspaceCreated?.(ws.id)
      await deps.onMemberJoined?.(ws.id, row.id)
      const invites = await inviteLinks(publicOrigin(req, deps.publicUrl), ws.id)
      if (!invites.ok) return invites
      return ok({ status: 201, body: { ...sessionFor(req, ws, row, token), invites: invites.value } })
    }),
  )

  router.get(
    API.workspace,
    memberRoute('any', async ({ workspace, me }) => {
      // when each member was last active is for facilitators (who may remove the inactive), not for everyone
      const members = await membersView(workspace.id, me.role === 'facilitator')
      if (!members.ok) return members
      return ok({ body: { workspace: toWorkspace(workspace), me: toMember(me), members: members.value } })
    }),
  )

  router.post(
    API.invitePreview,
    route(async (req) => {
      const ws = await findWorkspace(storage, req.params.id)
      if (!ws.ok) return ws
      const body = parseBody(InviteOnly, req.body)
      if (!body.ok) return body
      const role = await roleForInvite(ws.value.id, body.value.invite)
      if (!role.ok) return role
      return ok({ body: { workspace: { id: ws.value.id, title: ws.value.title, organisation: ws.value.organisation }, role: role.value } })
    }),
  )

  router.post(
    API.join,
    route(async (req) => {
      const ws = await findWorkspace(storage, req.params.id)
      if (!ws.ok) return ws
      const body = parseBody(JoinBody, req.body)
      if (!body.ok) return body
      const role = await roleForInvite(ws.value.id, body.value.invite)
      if (!role.ok) return role
      const { token, row } = newMember(ws.value.id, body.value.displayName, role.value, body.value.stakeholderRole)
      const added = await storage.addMember(row)
      if (!added.ok) return err(fromStorage(added.error))
      const device = await addDevice(row, token)
      if (!device.ok) return device
      await deps.onMemberJoined?.(ws.value.id, row.id)
      return ok({ status: 201, body: sessionFor(req, ws.value, row, token) })
    }),
  )

  router.get(
    API.invites,
    memberRoute(['facilitator'], async ({ req, workspace }) => {
      const links = await inviteLinks(publicOrigin(req, deps.publicUrl), workspace.id)
      return links.ok ? ok({ body: links.value }) : links
    }),
  )

  router.post(
    API.rotateInvite,
    memberRoute(['facilitator'], async ({ req, workspace }) => {
      const role = z.enum(INVITE_ROLES).safeParse(req.params.role)
      if (!role.success) return err({ kind: 'bad-request', field: 'role', message: `role must be one of ${INVITE_ROLES.join(', ')}` })
      const rotated = await storage.rotateInvite(workspace.id, role.data)
      if (!rotated.ok) return err(fromStorage(rotated.error))
      const links = await inviteLinks(publicOrigin(req, deps.publicUrl), workspace.id)
      return links.ok ? ok({ body: links.value }) : links
    }),
  )

  router.put(
    API.memberRole,
    memberRoute(['facilitator'], async ({ req, workspace }) => {
      const body = parseBody(PromoteBody, req.body)
      if (!body.ok) return body
      const memberId = String(req.params.memberId)
      const changed = await storage.changeMembership(workspace.id, memberId, body.value.role)
      if (!changed.ok) return err(fromStorage(changed.error))
      const outcome = membershipOutcome(changed.value, body.value.role)
      if (!outcome.ok) return outcome
      deps.disconnect({ kind: 'role-changed', memberId })
      const view = await membersView(workspace.id, true)
      return view.ok ? ok({ body: { members: view.value } }) : view
    }),
  )

  router.delete(
    API.member,
    // a facilitator removes anyone; any member may remove themselves (leave)
    memberRoute('any', async ({ req, workspace, me }) => {
      const memberId = String(req.params.memberId)
      if (me.role !== 'facilitator' && me.id !== memberId) return err({ kind: 'forbidden', message: 'only facilitators may remove other members' })
      const removed = await storage.changeMembership(workspace.id, memberId, undefined)
      if (!removed.ok) return err(fromStorage(removed.error))
      const outcome = membershipOutcome(removed.value, undefined)
      if (!outcome.ok) return outcome
      deps.disconnect({ kind: 'removed', memberId })
      const view = await membersView(workspace.id, me.role === 'facilitator')
      return view.ok ? ok({ body: { members: view.value } }) : view
    }),
  )

  router.post(
    API.syncTicket,
    memberRoute('any', async ({ req, me, tokenHash }) => {
      const body = parseBody(NoBody, req.body)
      if (!body.ok) return body
      const ticket = await deps.auth.mintTicket({ member: me, tokenHash })
      return ticket.ok ? ok({ status: 201, body: ticket.value }) : ticket
    }),
  )

  router.post(
    API.devices,
    memberRoute('any', async ({ req, me }) => {
      const body = parseBody(NoBody, req.body)
      if (!body.ok) return body
      const token = newMemberToken()
      const device = await addDevice(me, token)
      return device.ok ? ok({ status: 201, body: { memberToken: token } }) : device
    }),
  )

  router.post(
    API.signOut,
    memberRoute('any', async ({ req, me, tokenHash }) => {
      const body = parseBody(NoBody, req.body)
      if (!body.ok) return body
      const removed = await storage.removeToken(tokenHash)
      if (!removed.ok) return err(fromStorage(removed.error))
      deps.disconnect({ kind: 'signed-out', memberId: me.id, tokenHash })
      return ok({ body: { signedOut: true } })
    }),
  )

  return router
}
