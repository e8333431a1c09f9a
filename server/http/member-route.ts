/**
 * `memberRoute(roles, handler)`: the one front of every route under /api/workspaces/:id that needs
 * a member — the workspace exists (404 before 401: ids are not secret), the caller's token signs in
 * to it, and their role is one of `roles` ('any' for every member). The handler gets all three.
 */
import type { Request, RequestHandler, Response } from 'express'
import type { MemberRole } from '../../shared/auth/roles'
import { ID_PATTERN } from '../../shared/doc/names'
import { err, type Result } from '../../shared/result'
import type { MemberAuth } from '../auth/member-auth'
import type { MemberRow, Storage, WorkspaceRow } from '../storage/types'
import { authenticate } from './auth'
import { fromStorage, type ApiFailure } from './errors'
import { route, type Reply } from './handler'

export interface MemberContext {
  readonly req: Request
  readonly res: Response
  readonly workspace: WorkspaceRow
  readonly me: MemberRow
  /** this device's sign-in */
  readonly tokenHash: string
}

export type MemberHandler = (ctx: MemberContext) => Promise<Result<Reply, ApiFailure>>
export type MemberRoute = (roles: readonly MemberRole[] | 'any', handler: MemberHandler) => RequestHandler

export async function findWorkspace(storage: Storage, id: unknown): Promise<Result<WorkspaceRow, ApiFailure>> {
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return err({ kind: 'not-found', message: 'no such workspace' })
  const found = await storage.getWorkspace(id)
  if (!found.ok) return err(fromStorage(found.error))
  return found.value ? { ok: true, value: found.value } : err({ kind: 'not-found', message: 'no such workspace' })
}

export function memberRouteFor(storage: Storage, auth: MemberAuth): MemberRoute {
  return (roles, handler) =>
    route(async (req, res) => {
      const workspace = await findWorkspace(storage, req.params.id)
      if (!workspace.ok) return workspace
      const who = await authenticate(auth, req, workspace.value.id, roles === 'any' ? undefined : roles)
      if (!who.ok) return who
      return handler({ req, res, workspace: workspace.value, me: who.value.member, tokenHash: who.value.tokenHash })
    })
}
