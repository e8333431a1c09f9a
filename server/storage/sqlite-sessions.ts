/** SQLite implementation of SessionStorage (see session-types.ts). */
import type Database from 'better-sqlite3'
import { err, ok, type Result } from '../../shared/result'
import type { MemberRole } from '../../shared/auth/roles'
import { leavesNoFacilitator, type MembershipChange } from '../../shared/domain/last-facilitator'
import { parseMemberRow } from './rows'
import type { SessionStorage, TicketRow } from './session-types'
import type { StorageError } from './types'

/** appended to SQLITE_MIGRATIONS: idempotent, and the back-fill of existing members' tokens runs once */
export const SQLITE_SESSION_MIGRATIONS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS member_tokens (
     token_hash TEXT PRIMARY KEY, member_id TEXT NOT NULL, workspace_id TEXT NOT NULL,
     created_at TEXT NOT NULL, last_active_at TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS member_tokens_by_member ON member_tokens(member_id)`,
  // a workspace's member activity (the members list): without it, every token of every workspace is read
  `CREATE INDEX IF NOT EXISTS member_tokens_by_workspace ON member_tokens(workspace_id)`,
  `INSERT OR IGNORE INTO member_tokens (token_hash, member_id, workspace_id, created_at, last_active_at)
     SELECT token_hash, id, workspace_id, joined_at, joined_at FROM members
     WHERE NOT EXISTS (SELECT 1 FROM server_meta WHERE key = 'member_tokens_v1')`,
  `INSERT OR IGNORE INTO server_meta (key, value) VALUES ('member_tokens_v1', '1')`,
  `CREATE TABLE IF NOT EXISTS sync_tickets (
     ticket_hash TEXT PRIMARY KEY, token_hash TEXT NOT NULL, workspace_id TEXT NOT NULL, expires_at INTEGER NOT NULL)`,
]

function attempt<T>(fn: () => T): Promise<Result<T, StorageError>> {
  try {
    return Promise.resolve(ok(fn()))
  } catch (e) {
    return Promise.resolve(err({ kind: 'unavailable', message: e instanceof Error ? e.message : String(e) }))
  }
}

export function sqliteSessions(db: Database.Database): SessionStorage {
  const q = {
    addToken: db.prepare('INSERT INTO member_tokens (token_hash, member_id, workspace_id, created_at, last_active_at) VALUES (?, ?, ?, ?, ?)'),
    session: db.prepare(
      'SELECT m.*, t.last_active_at AS token_last_active_at FROM member_tokens t JOIN members m ON m.id = t.member_id WHERE t.token_hash = ?',
    ),
    touch: db.prepare('UPDATE member_tokens SET last_active_at = ? WHERE token_hash = ?'),
    removeToken: db.prepare('DELETE FROM member_tokens WHERE token_hash = ?'),
    removeTokens: db.prepare('DELETE FROM member_tokens WHERE member_id = ?'),
    removeMember: db.prepare('DELETE FROM members WHERE workspace_id = ? AND id = ?'),
    roles: db.prepare('SELECT id, role FROM members WHERE workspace_id = ?'),
    setRole: db.prepare('UPDATE members SET role = ? WHERE workspace_id = ? AND id = ?'),
    activity: db.prepare('SELECT member_id, MAX(last_active_at) AS at FROM member_tokens WHERE workspace_id = ? GROUP BY member_id'),
    dropExpired: db.prepare('DELETE FROM sync_tickets WHERE expires_at <= ?'),
    addTicket: db.prepare('INSERT INTO sync_tickets (ticket_hash, token_hash, workspace_id, expires_at) VALUES (?, ?, ?, ?)'),
    takeTicket: db.prepare('DELETE FROM sync_tickets WHERE ticket_hash = ? RETURNING token_hash, workspace_id, expires_at'),
  }
  const removeMemberTx = db.transaction((workspaceId: string, memberId: string) => {
    const removed = q.removeMember.run(workspaceId, memberId).changes === 1
    if (removed) q.removeTokens.run(memberId)
    return removed
  })
  const changeMembershipTx = db.transaction((workspaceId: string, memberId: string, role: MemberRole | undefined): MembershipChange => {
    const members = q.roles.all(workspaceId) as { id: string; role: MemberRole }[]
    if (!members.some((m) => m.id === memberId)) return 'not-found'
    if (leavesNoFacilitator(members, memberId, role)) return 'last-facilitator'
    if (role === undefined) removeMemberTx(workspaceId, memberId)
    else q.setRole.run(role, workspaceId, memberId)
    return 'changed'
  })
  return {
    addToken: (t) => attempt(() => void q.addToken.run(t.tokenHash, t.memberId, t.workspaceId, t.createdAt, t.lastActiveAt)),
    tokenSession: (hash) =>
      attempt(() => {
        const raw = q.session.get(hash) as { token_last_active_at: string } | undefined
        if (!raw) return undefined
        const member = parseMemberRow(raw)
        if (!member.ok) throw new Error(member.error.message)
        return { member: member.value, lastActiveAt: raw.token_last_active_at }
      }),
    touchToken: (hash, at) => attempt(() => void q.touch.run(at, hash)),
    removeToken: (hash) => attempt(() => q.removeToken.run(hash).changes === 1),
    removeMember: (workspaceId, memberId) => attempt(() => removeMemberTx(workspaceId, memberId)),
    changeMembership: (workspaceId, memberId, role) => attempt(() => changeMembershipTx.immediate(workspaceId, memberId, role)),
    memberActivity: (workspaceId) =>
      attempt(() => new Map((q.activity.all(workspaceId) as { member_id: string; at: string }[]).map((r) => [r.member_id, r.at]))),
    addTicket: (t, nowMs) =>
      attempt(() => {
        q.dropExpired.run(nowMs)
        q.addTicket.run(t.ticketHash, t.tokenHash, t.workspaceId, t.expiresAt)
      }),
    takeTicket: (hash, nowMs) =>
      attempt((): TicketRow | undefined => {
        const row = q.takeTicket.get(hash) as { token_hash: string; workspace_id: string; expires_at: number } | undefined
        if (!row || row.expires_at <= nowMs) return undefined
        return { ticketHash: hash, tokenHash: row.token_hash, workspaceId: row.workspace_id, expiresAt: row.expires_at }
      }),
  }
}
