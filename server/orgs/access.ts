/** Who may act on an organisation: a signed-in coach who belongs to it (admins for admin actions). */
import type { Request, RequestHandler } from 'express'
import type { OrgRole } from '../../shared/api/orgs'
import { ID_PATTERN } from '../../shared/doc/names'
import { err, ok, type Result } from '../../shared/result'
import { fromStorage, type ApiFailure } from '../http/errors'
import { route, type Reply } from '../http/handler'
import { requireCoach, type SessionDeps } from './session'
import type { CoachRow, OrgRow } from './store'

export type OrgAccess = { readonly coach: CoachRow; readonly org: OrgRow; readonly role: OrgRole }

export async function orgAccess(deps: SessionDeps, req: Request, roles: readonly OrgRole[] = ['admin', 'coach']): Promise<Result<OrgAccess, ApiFailure>> {
  const coach = await requireCoach(deps, req)
  if (!coach.ok) return coach
  const orgId = req.params.org
  if (typeof orgId !== 'string' || !ID_PATTERN.test(orgId)) return err({ kind: 'not-found', message: 'no such organisation' })
  const org = await deps.store.getOrg(orgId)
  if (!org.ok) return err(fromStorage(org.error))
  if (!org.value) return err({ kind: 'not-found', message: 'no such organisation' })
  const role = await deps.store.roleInOrg(orgId, coach.value.id)
  if (!role.ok) return err(fromStorage(role.error))
  if (!role.value) return err({ kind: 'forbidden', message: 'you are not a coach of this organisation' })
  if (!roles.includes(role.value)) return err({ kind: 'forbidden', message: `only ${roles.join(' or ')}s of the organisation may do this` })
  return ok({ coach: coach.value, org: org.value, role: role.value })
}

/** The workspace in the path or body, if it belongs to this organisation (404 otherwise: no hint about others'). */
export async function orgWorkspace(deps: SessionDeps, orgId: string, workspaceId: unknown): Promise<Result<string, ApiFailure>> {
  if (typeof workspaceId !== 'string' || !ID_PATTERN.test(workspaceId)) return err({ kind: 'not-found', message: 'no such workspace in this organisation' })
  const owner = await deps.store.orgOfWorkspace(workspaceId)
  if (!owner.ok) return err(fromStorage(owner.error))
  return owner.value === orgId ? ok(workspaceId) : err({ kind: 'not-found', message: 'no such workspace in this organisation' })
}

/** A JSON route on `/:org/…` that runs only for a coach of that organisation (with one of `roles`). */
export function orgRoute(
  deps: SessionDeps,
  handler: (req: Request, access: OrgAccess) => Promise<Result<Reply, ApiFailure>>,
  roles: readonly OrgRole[] = ['admin', 'coach'],
): RequestHandler {
  return route(async (req) => {
    const access = await orgAccess(deps, req, roles)
    return access.ok ? handler(req, access.value) : access
  })
}
