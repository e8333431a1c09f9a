/**
 * Who is calling: a device's member token (REST, `Authorization: Bearer`) or a single-use sync
 * ticket (the websocket upgrade). A token unused for longer than the idle limit is refused; every
 * use renews it, written at most once a minute so a busy member costs no write per request.
 */
import { err, ok, type Result } from '../../shared/result'
import type { MemberRole } from '../../shared/auth/roles'
import type { SyncTicket } from '../../shared/api/contract'
import { hashToken, newTicket } from './tokens'
import type { MemberRow, Storage } from '../storage/types'
import { fromStorage, type ApiFailure } from '../http/errors'

export interface Authenticated {
  readonly member: MemberRow
  /** identifies this device's sign-in (signing out ends it; the raw token is never kept) */
  readonly tokenHash: string
}

export interface MemberAuthOptions {
  readonly storage: Storage
  readonly now: () => Date
  /** a token unused this long stops working */
  readonly idleMs: number
  /** how long a sync ticket may wait before its upgrade */
  readonly ticketMs: number
}

export interface MemberAuth {
  /** the member signed in by `token` in `workspaceId`, optionally restricted to some roles */
  byToken(token: string, workspaceId: string, allowed?: readonly MemberRole[]): Promise<Result<Authenticated, ApiFailure>>
  mintTicket(who: Authenticated): Promise<Result<SyncTicket, ApiFailure>>
  /** takes the ticket (it works once) and returns who it was minted for */
  redeemTicket(ticket: string, workspaceId: string): Promise<Result<Authenticated, ApiFailure>>
}

const TOUCH_EVERY_MS = 60_000
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,200}$/

export function memberAuth(options: MemberAuthOptions): MemberAuth {
  const { storage, now } = options
  const idleDays = Math.round(options.idleMs / 86_400_000)
  const idleText = idleDays >= 1 ? `${idleDays} day${idleDays === 1 ? '' : 's'}` : `${Math.round(options.idleMs / 60_000)} minutes`

  const session = async (tokenHash: string, workspaceId: string, allowed?: readonly MemberRole[]): Promise<Result<Authenticated, ApiFailure>> => {
    const found = await storage.tokenSession(tokenHash)
    if (!found.ok) return err(fromStorage(found.error))
    if (!found.value) return err({ kind: 'unauthorized', message: 'this sign-in is not valid (signed out, removed from the workspace, or unknown)' })
    const { member, lastActiveAt } = found.value
    if (member.workspaceId !== workspaceId) return err({ kind: 'forbidden', message: 'this token belongs to another workspace' })
    const at = now()
    const idle = at.getTime() - Date.parse(lastActiveAt)
    if (idle > options.idleMs) {
      await storage.removeToken(tokenHash)
      return err({ kind: 'unauthorized', message: `this sign-in expired after ${idleText} without use; join again with an invite link` })
    }
    if (allowed && !allowed.includes(member.role)) return err({ kind: 'forbidden', message: `only ${allowed.join(' or ')}s may do this` })
    if (idle > TOUCH_EVERY_MS) {
      const touched = await storage.touchToken(tokenHash, at.toISOString())
      if (!touched.ok) return err(fromStorage(touched.error))
    }
    return ok({ member, tokenHash })
  }

  return {
    byToken(token, workspaceId, allowed) {
      if (!TOKEN_SHAPE.test(token)) return Promise.resolve(err({ kind: 'unauthorized', message: 'malformed token' }))
      return session(hashToken(token), workspaceId, allowed)
    },
    async mintTicket(who) {
      const ticket = newTicket()
      const expiresAt = now().getTime() + options.ticketMs
      const row = { ticketHash: hashToken(ticket), tokenHash: who.tokenHash, workspaceId: who.member.workspaceId, expiresAt }
      const added = await storage.addTicket(row, now().getTime())
      if (!added.ok) return err(fromStorage(added.error))
      return ok({ ticket, expiresAt: new Date(expiresAt).toISOString() })
    },
    async redeemTicket(ticket, workspaceId) {
      if (!TOKEN_SHAPE.test(ticket)) return err({ kind: 'unauthorized', message: 'a sync ticket is required (POST the sync-ticket route first)' })
      const taken = await storage.takeTicket(hashToken(ticket), now().getTime())
      if (!taken.ok) return err(fromStorage(taken.error))
      if (!taken.value) return err({ kind: 'unauthorized', message: 'this sync ticket is unknown, used or expired' })
      if (taken.value.workspaceId !== workspaceId) return err({ kind: 'forbidden', message: 'this ticket belongs to another workspace' })
      return session(taken.value.tokenHash, workspaceId)
    },
  }
}
