/** Request authentication: `Authorization: Bearer <member token>`, checked against the workspace in the path. */
import type { Request } from 'express'
import { err, type Result } from '../../shared/result'
import type { MemberRole } from '../../shared/auth/roles'
import type { Authenticated, MemberAuth } from '../auth/member-auth'
import type { ApiFailure } from './errors'

/** the bearer token of a request, if it sent one in the expected shape */
export function bearerToken(req: Request): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(req.get('authorization') ?? '')
  return match?.[1]
}

export function authenticate(auth: MemberAuth, req: Request, workspaceId: string, allowed?: readonly MemberRole[]): Promise<Result<Authenticated, ApiFailure>> {
  const token = bearerToken(req)
  if (!token) return Promise.resolve(err({ kind: 'unauthorized', message: 'send your member token as "Authorization: Bearer <token>"' }))
  return auth.byToken(token, workspaceId, allowed)
}
