/**
 * Who is creating or joining an organisation: the signed-in coach, or — only when no identity
 * provider is configured — a new invite-link coach named in the request, who gets a session here.
 * Org invite tokens are HMACs under the server secret (like workspace invites): stored nowhere,
 * revoked by bumping the organisation's invite version.
 */
import type { Request, Response } from 'express'
import { err, ok, type Result } from '../../shared/result'
import { inviteToken, newId, sameToken } from '../auth/tokens'
import { fromStorage, type ApiFailure } from '../http/errors'
import type { OrgDeps } from './deps'
import { currentCoach, startSession } from './session'
import type { CoachRow, OrgRow } from './store'

export async function coachForRequest(deps: OrgDeps, req: Request, res: Response, displayName: string | undefined): Promise<Result<CoachRow, ApiFailure>> {
  const current = await currentCoach(deps, req)
  if (!current.ok || current.value) return current.ok ? ok(current.value!) : current
  if (deps.oidc) return err({ kind: 'unauthorized', message: 'sign in with your organisation account first' })
  if (!displayName) return err({ kind: 'bad-request', field: 'displayName', message: 'displayName: your name is required' })
  const created = await deps.store.upsertCoach({ id: newId(), issuer: 'invite', subject: newId(), email: '', displayName, createdAt: deps.now().toISOString() })
  if (!created.ok) return err(fromStorage(created.error))
  const session = await startSession(deps, req, res, created.value.id)
  return session.ok ? ok(created.value) : session
}

export async function orgInvite(deps: OrgDeps, org: OrgRow): Promise<Result<string, ApiFailure>> {
  const secret = await deps.storage.serverSecret()
  return secret.ok ? ok(inviteToken(secret.value, org.id, 'org-coach', org.inviteVersion)) : err(fromStorage(secret.error))
}

export async function checkOrgInvite(deps: OrgDeps, org: OrgRow, invite: string): Promise<Result<void, ApiFailure>> {
  const expected = await orgInvite(deps, org)
  if (!expected.ok) return expected
  return sameToken(invite, expected.value) ? ok(undefined) : err({ kind: 'forbidden', message: 'this organisation invite link is not valid (it may have been rotated)' })
}
