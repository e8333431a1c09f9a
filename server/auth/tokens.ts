/**
 * Secrets: member tokens are 256 random bits, stored only as SHA-256 hashes. Invite tokens are
 * derived (HMAC of workspace, role and a rotation counter under the server secret), so they are
 * stored nowhere and rotating the counter revokes the old link.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const newId = (): string => randomBytes(9).toString('base64url')
export const newMemberToken = (): string => randomBytes(32).toString('base64url')
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

export function inviteToken(secret: string, workspaceId: string, role: string, version: number): string {
  return createHmac('sha256', secret).update(`invite:${workspaceId}:${role}:${version}`).digest('base64url')
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** a websocket ticket: 192 random bits, single use, stored only as a hash */
export const newTicket = (): string => randomBytes(24).toString('base64url')
