/**
 * Attaching a workspace to an organisation (its facilitator, who is also a coach of the
 * organisation) and opening one as a coach: the server mints — or reuses — a facilitator member for
 * that coach in that workspace (remembered in `coach_members`) and hands back a member session as
 * joining does: a fresh device token for that member, so every open is a sign-in of its own.
 */
import { Router } from 'express'
import { LINKS, type Session } from '../../shared/api/contract'
import { AttachBody } from '../../shared/api/orgs'
import { err, ok, type Result } from '../../shared/result'
import { hashToken, newId, newMemberToken } from '../auth/tokens'
import { authenticate } from '../http/auth'
import { fromStorage, type ApiFailure } from '../http/errors'
import { parseBody, publicOrigin } from '../http/handler'
import { toMember } from '../routes/workspaces'
import type { MemberRow } from '../storage/types'
import { orgRoute, orgWorkspace } from './access'
import type { OrgDeps } from './deps'
import type { CoachRow } from './store'

/** The coach's facilitator member in the workspace: reused (made facilitator again if demoted) or created. */
async function facilitatorFor(deps: OrgDeps, coach: CoachRow, workspaceId: string): Promise<Result<MemberRow, ApiFailure>> {
  const known = await deps.store.coachMember(coach.id, workspaceId)
  if (!known.ok) return err(fromStorage(known.error))
  if (known.value) {
    const members = await deps.storage.listMembers(workspaceId)
    if (!members.ok) return err(fromStorage(members.error))
    const existing = members.value.find((m) => m.id === known.value)
    if (existing?.role === 'facilitator') return ok(existing)
    if (existing) {
      const promoted = await deps.storage.setMemberRole(workspaceId, existing.id, 'facilitator')
      if (!promoted.ok) return err(fromStorage(promoted.error))
      deps.disconnect({ kind: 'role-changed', memberId: existing.id })
      return ok({ ...existing, role: 'facilitator' })
    }
    // removed from the workspace since: a new member, as a returning participant would get
  }
  const row: MemberRow = {
    id: newId(),
    workspaceId,
    displayName: coach.displayName,
    role: 'facilitator',
    stakeholderRole: 'other',
    tokenHash: hashToken(newMemberToken()),
    joinedAt: deps.now().toISOString(),
  }
  const added = await deps.storage.addMember(row)
  if (!added.ok) return err(fromStorage(added.error))
  await deps.onMemberJoined(workspaceId, row.id)
  const remembered = await deps.store.setCoachMember(coach.id, workspaceId, row.id)
  return remembered.ok ? ok(row) : err(fromStorage(remembered.error))
}

async function deviceToken(deps: OrgDeps, member: MemberRow): Promise<Result<string, ApiFailure>> {
  const token = newMemberToken()
  const at = deps.now().toISOString()
  const added = await deps.storage.addToken({ tokenHash: hashToken(token), memberId: member.id, workspaceId: member.workspaceId, createdAt: at, lastActiveAt: at })
  return added.ok ? ok(token) : err(fromStorage(added.error))
}

export function orgWorkspaceRoutes(deps: OrgDeps): Router {
  const router = Router()

  router.post(
    '/:org/workspaces',
    orgRoute(deps, async (req, access) => {
      const body = parseBody(AttachBody, req.body)
      if (!body.ok) return body
      const ws = await deps.storage.getWorkspace(body.value.workspaceId)
      if (!ws.ok) return err(fromStorage(ws.error))
      if (!ws.value) return err({ kind: 'not-found', message: 'no such workspace' })
      // both keys are needed: the workspace's facilitator token and the organisation's coach session
      const me = await authenticate(deps.auth, req, ws.value.id, ['facilitator'])
      if (!me.ok) return me
      const attached = await deps.store.attachWorkspace({
        workspaceId: ws.value.id,
        orgId: access.org.id,
        school: body.value.school ?? ws.value.organisation,
        attachedAt: deps.now().toISOString(),
        attachedBy: access.coach.id,
      })
      if (!attached.ok) return err(fromStorage(attached.error))
      if (attached.value === 'conflict') return err({ kind: 'conflict', message: 'this workspace already belongs to another organisation' })
      return ok({ status: attached.value === 'attached' ? 201 : 200, body: { workspaceId: ws.value.id, orgId: access.org.id } })
    }),
  )

  router.post(
    '/:org/workspaces/:ws/open',
    orgRoute(deps, async (req, access) => {
      const wsId = await orgWorkspace(deps, access.org.id, req.params.ws)
      if (!wsId.ok) return wsId
      const ws = await deps.storage.getWorkspace(wsId.value)
      if (!ws.ok) return err(fromStorage(ws.error))
      if (!ws.value) return err({ kind: 'not-found', message: 'no such workspace' })
      const member = await facilitatorFor(deps, access.coach, ws.value.id)
      if (!member.ok) return member
      const token = await deviceToken(deps, member.value)
      if (!token.ok) return token
      const w = ws.value
      const session: Session = {
        workspace: { id: w.id, title: w.title, organisation: w.organisation, createdAt: w.createdAt },
        member: toMember(member.value),
        memberToken: token.value,
        personalLink: LINKS.personal(publicOrigin(req, deps.publicUrl), w.id, token.value),
      }
      return ok({ body: session })
    }),
  )

  return router
}
