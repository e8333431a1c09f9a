/** Workspaces, joining by invite, invite links and member roles. */
import { Router } from 'express'
import { z } from 'zod'
import { CreateWorkspaceBody, JoinBody, LINKS, PromoteBody, type InviteLinks, type Member, type Session } from '../../shared/api/contract'
import { INVITE_ROLES, memberColor, type InviteRole } from '../../shared/auth/roles'
import { ID_PATTERN } from '../../shared/doc/names'
import { err, ok, type Result } from '../../shared/result'
import { hashToken, inviteToken, newId, newMemberToken, sameToken } from '../auth/tokens'
import { authenticate } from '../http/auth'
import { fromStorage, type ApiFailure } from '../http/errors'
import { parseBody, publicOrigin, route } from '../http/handler'
import type { MemberRow, Storage, WorkspaceRow } from '../storage/types'

export interface WorkspaceDeps {
  readonly storage: Storage
  readonly publicUrl: string | undefined
  readonly now: () => Date
  readonly onRoleChanged: (memberId: string) => void
  /** prepares a new workspace's documents (shared texts created once, by the server) */
  readonly onWorkspaceCreated?: (workspaceId: string) => Promise<void>
  /** prepares a new member's private document */
  readonly onMemberJoined?: (workspaceId: string, memberId: string) => Promise<void>
}

export const toMember = (m: MemberRow): Member => ({
  id: m.id,
  workspaceId: m.workspaceId,
  displayName: m.displayName,
  role: m.role,
  stakeholderRole: m.stakeholderRole,
  color: memberColor(m.id),
  joinedAt: m.joinedAt,
})

const toWorkspace = (w: WorkspaceRow) => ({ id: w.id, title: w.title, organisation: w.organisation, createdAt: w.createdAt })

const InviteOnly = z.strictObject({ invite: z.string().min(16).max(200) })

export function workspaceRoutes(deps: WorkspaceDeps): Router {
  const { storage } = deps
  const router = Router()

  const findWorkspace = async (id: unknown): Promise<Result<WorkspaceRow, ApiFailure>> => {
    if (typeof id !== "string" || !ID_PATTERN.test(id)) return err({ kind: 'not-found', message: 'no such workspace' })
    const found = await storage.getWorkspace(id)
    if (!found.ok) return err(fromStorage(found.error))
    return found.value ? ok(found.value) : err({ kind: 'not-found', message: 'no such workspace' })
  }

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
    const row: MemberRow = {
      id: newId(),
      workspaceId: wsId,
      displayName: name,
      role,
      stakeholderRole,
      tokenHash: hashToken(token),
      joinedAt: deps.now().toISOString(),
    }
    return { token, row }
  }

  router.post(
    '/',
    route(async (req) => {
      const body = parseBody(CreateWorkspaceBody, req.body)
      if (!body.ok) return body
      const ws: WorkspaceRow = { id: newId(), title: body.value.title, organisation: body.value.organisation, createdAt: deps.now().toISOString() }
      const { token, row } = newMember(ws.id, body.value.facilitatorName, 'facilitator', body.value.stakeholderRole)
      const created = await storage.createWorkspace(ws, row)
      if (!created.ok) return err(fromStorage(created.error))
      await deps.onWorkspaceCreated?.(ws.id)
      await deps.onMemberJoined?.(ws.id, row.id)
      const origin = publicOrigin(req, deps.publicUrl)
      const invites = await inviteLinks(origin, ws.id)
      if (!invites.ok) return invites
      const session: Session = { workspace: toWorkspace(ws), member: toMember(row), memberToken: token, personalLink: LINKS.personal(origin, ws.id, token) }
      return ok({ status: 201, body: { ...session, invites: invites.value } })
    }),
  )

  router.get(
    '/:id',
    route(async (req) => {
      const ws = await findWorkspace(req.params.id)
      if (!ws.ok) return ws
      const me = await authenticate(storage, req, ws.value.id)
      if (!me.ok) return me
      const members = await storage.listMembers(ws.value.id)
      if (!members.ok) return err(fromStorage(members.error))
      return ok({ body: { workspace: toWorkspace(ws.value), me: toMember(me.value), members: members.value.map(toMember) } })
    }),
  )

  router.post(
    '/:id/invite-preview',
    route(async (req) => {
      const ws = await findWorkspace(req.params.id)
      if (!ws.ok) return ws
      const body = parseBody(InviteOnly, req.body)
      if (!body.ok) return body
      const role = await roleForInvite(ws.value.id, body.value.invite)
      if (!role.ok) return role
      return ok({ body: { workspace: { id: ws.value.id, title: ws.value.title, organisation: ws.value.organisation }, role: role.value } })
    }),
  )

  router.post(
    '/:id/join',
    route(async (req) => {
      const ws = await findWorkspace(req.params.id)
      if (!ws.ok) return ws
      const body = parseBody(JoinBody, req.body)
      if (!body.ok) return body
      const role = await roleForInvite(ws.value.id, body.value.invite)
      if (!role.ok) return role
      const { token, row } = newMember(ws.value.id, body.value.displayName, role.value, body.value.stakeholderRole)
      const added = await storage.addMember(row)
      if (!added.ok) return err(fromStorage(added.error))
      await deps.onMemberJoined?.(ws.value.id, row.id)
      const origin = publicOrigin(req, deps.publicUrl)
      const session: Session = { workspace: toWorkspace(ws.value), member: toMember(row), memberToken: token, personalLink: LINKS.personal(origin, ws.value.id, token) }
      return ok({ status: 201, body: session })
    }),
  )

  router.get(
    '/:id/invites',
    route(async (req) => {
      const ws = await findWorkspace(req.params.id)
      if (!ws.ok) return ws
      const me = await authenticate(storage, req, ws.value.id, ['facilitator'])
      if (!me.ok) return me
      const links = await inviteLinks(publicOrigin(req, deps.publicUrl), ws.value.id)
      return links.ok ? ok({ body: links.value }) : links
    }),
  )

  router.post(
    '/:id/invites/:role/rotate',
    route(async (req) => {
      const ws = await findWorkspace(req.params.id)
      if (!ws.ok) return ws
      const me = await authenticate(storage, req, ws.value.id, ['facilitator'])
      if (!me.ok) return me
      const role = z.enum(INVITE_ROLES).safeParse(req.params.role)
      if (!role.success) return err({ kind: 'bad-request', field: 'role', message: `role must be one of ${INVITE_ROLES.join(', ')}` })
      const rotated = await storage.rotateInvite(ws.value.id, role.data)
      if (!rotated.ok) return err(fromStorage(rotated.error))
      const links = await inviteLinks(publicOrigin(req, deps.publicUrl), ws.value.id)
      return links.ok ? ok({ body: links.value }) : links
    }),
  )

  router.put(
    '/:id/members/:memberId/role',
    route(async (req) => {
      const ws = await findWorkspace(req.params.id)
      if (!ws.ok) return ws
      const me = await authenticate(storage, req, ws.value.id, ['facilitator'])
      if (!me.ok) return me
      const body = parseBody(PromoteBody, req.body)
      if (!body.ok) return body
      const memberId = String(req.params.memberId)
      const changed = await storage.setMemberRole(ws.value.id, memberId, body.value.role)
      if (!changed.ok) return err(fromStorage(changed.error))
      if (!changed.value) return err({ kind: 'not-found', message: 'no such member' })
      deps.onRoleChanged(memberId)
      const members = await storage.listMembers(ws.value.id)
      if (!members.ok) return err(fromStorage(members.error))
      return ok({ body: { members: members.value.map(toMember) } })
    }),
  )

  return router
}
