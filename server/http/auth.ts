/** Request authentication: `Authorization: Bearer <member token>`, checked against the workspace in the path. */
import type { Request } from 'express'
import { err, ok, type Result } from '../../shared/result'
import type { MemberRole } from '../../shared/auth/roles'
import { hashToken } from '../auth/tokens'
import type { MemberRow, Storage } from '../storage/types'
import { fromStorage, type ApiFailure } from './errors'

export async function authenticate(
  storage: Storage,
  req: Request,
  workspaceId: string,
  allowed?: readonly MemberRole[],
): Promise<Result<MemberRow, ApiFailure>> {
  const header = req.get('authorization') ?? ''
  const match = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(header)
  if (!match?.[1]) return err({ kind: 'unauthorized', message: 'send your member token as "Authorization: Bearer <token>"' })
  const found = await storage.memberByTokenHash(hashToken(match[1]))
  if (!found.ok) return err(fromStorage(found.error))
  const member = found.value
  if (!member) return err({ kind: 'unauthorized', message: 'unknown token' })
  if (member.workspaceId !== workspaceId) return err({ kind: 'forbidden', message: 'this token belongs to another workspace' })
  if (allowed && !allowed.includes(member.role)) return err({ kind: 'forbidden', message: `only ${allowed.join(' or ')}s may do this` })
  return ok(member)
}
