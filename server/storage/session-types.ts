/**
 * The part of storage that signs people in: each device's token, when it was last used, and the
 * single-use websocket tickets. Kept in storage (not memory) so every instance of a cluster agrees:
 * a token removed on one instance stops working on all, and a ticket minted on one is taken once
 * on any other.
 */
import type { MemberRole } from '../../shared/auth/roles'
import type { MembershipChange } from '../../shared/domain/last-facilitator'
import type { Result } from '../../shared/result'
import type { MemberRow, StorageError } from './types'

export interface TokenRow {
  readonly tokenHash: string
  readonly memberId: string
  readonly workspaceId: string
  readonly createdAt: string
  readonly lastActiveAt: string
}

export interface TicketRow {
  readonly ticketHash: string
  /** the token that asked for it: signing that device out makes the ticket useless too */
  readonly tokenHash: string
  readonly workspaceId: string
  /** ms since the epoch */
  readonly expiresAt: number
}

export interface TokenSession {
  readonly member: MemberRow
  readonly lastActiveAt: string
}

export interface SessionStorage {
  addToken(row: TokenRow): Promise<Result<void, StorageError>>
  /** the member a token signs in (undefined: unknown, signed out, or the member was removed) */
  tokenSession(tokenHash: string): Promise<Result<TokenSession | undefined, StorageError>>
  touchToken(tokenHash: string, at: string): Promise<Result<void, StorageError>>
  /** true when the token existed */
  removeToken(tokenHash: string): Promise<Result<boolean, StorageError>>
  /** deletes the member and every token they hold; true when the member existed */
  removeMember(workspaceId: string, memberId: string): Promise<Result<boolean, StorageError>>
  /**
   * Gives a member a new role, or removes them (role undefined, tokens too), unless that leaves the
   * workspace without a facilitator: checked and written in one transaction, on every instance at once.
   */
  changeMembership(workspaceId: string, memberId: string, role: MemberRole | undefined): Promise<Result<MembershipChange, StorageError>>
  /** the latest use of any of each member's tokens */
  memberActivity(workspaceId: string): Promise<Result<ReadonlyMap<string, string>, StorageError>>
  /** stores a ticket (and drops expired ones, so the table stays small) */
  addTicket(row: TicketRow, nowMs: number): Promise<Result<void, StorageError>>
  /** deletes and returns the ticket if it exists and has not expired: a ticket works once */
  takeTicket(ticketHash: string, nowMs: number): Promise<Result<TicketRow | undefined, StorageError>>
}
