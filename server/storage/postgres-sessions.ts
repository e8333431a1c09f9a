/** PostgreSQL implementation of SessionStorage (see session-types.ts): every instance shares these rows. */
import type pg from 'pg'
import { err, ok, type Result } from '../../shared/result'
import type { MemberRole } from '../../shared/auth/roles'
import { leavesNoFacilitator, type MembershipChange } from '../../shared/domain/last-facilitator'
import { inTransaction } from './pg-transaction'
import { parseMemberRow } from './rows'
import type { SessionStorage } from './session-types'
import type { StorageError } from './types'

/** appended to POSTGRES_MIGRATIONS as one step (it runs once, so the back-fill is plain) */
export const POSTGRES_SESSION_MIGRATION = `
  CREATE TABLE member_tokens (
    token_hash TEXT PRIMARY KEY, member_id TEXT NOT NULL, workspace_id TEXT NOT NULL,
    created_at TEXT NOT NULL, last_active_at TEXT NOT NULL);
  CREATE INDEX member_tokens_by_member ON member_tokens(member_id);
  INSERT INTO member_tokens (token_hash, member_id, workspace_id, created_at, last_active_at)
    SELECT token_hash, id, workspace_id, joined_at, joined_at FROM members;
  CREATE TABLE sync_tickets (
    ticket_hash TEXT PRIMARY KEY, token_hash TEXT NOT NULL, workspace_id TEXT NOT NULL, expires_at BIGINT NOT NULL);`

async function attempt<T>(fn: () => Promise<T>): Promise<Result<T, StorageError>> {
  try {
    return ok(await fn())
  } catch (e) {
    return err({ kind: 'unavailable', message: e instanceof Error ? e.message : String(e) })
  }
}

/** one statement: the member and its tokens go together, on every instance at once */
async function removeMember(c: pg.Pool | pg.PoolClient, workspaceId: string, memberId: string): Promise<boolean> {
  const r = await c.query(
    `WITH gone AS (DELETE FROM members WHERE workspace_id = $1 AND id = $2 RETURNING id),
          tokens AS (DELETE FROM member_tokens WHERE member_id IN (SELECT id FROM gone))
     SELECT count(*)::int AS n FROM gone`,
    [workspaceId, memberId],
  )
  return (r.rows[0] as { n: number }).n === 1
}

export function postgresSessions(pool: pg.Pool): SessionStorage {
  return {
    addToken: (t) =>
      attempt(async () => {
        await pool.query('INSERT INTO member_tokens (token_hash, member_id, workspace_id, created_at, last_active_at) VALUES ($1, $2, $3, $4, $5)', [
          t.tokenHash, t.memberId, t.workspaceId, t.createdAt, t.lastActiveAt,
        ])
      }),
    tokenSession: (hash) =>
      attempt(async () => {
        const r = await pool.query(
          'SELECT m.*, t.last_active_at AS token_last_active_at FROM member_tokens t JOIN members m ON m.id = t.member_id WHERE t.token_hash = $1',
          [hash],
        )
        const raw = r.rows[0] as { token_last_active_at: string } | undefined
        if (!raw) return undefined
        const member = parseMemberRow(raw)
        if (!member.ok) throw new Error(member.error.message)
        return { member: member.value, lastActiveAt: raw.token_last_active_at }
      }),
    touchToken: (hash, at) => attempt(async () => void (await pool.query('UPDATE member_tokens SET last_active_at = $1 WHERE token_hash = $2', [at, hash]))),
    removeToken: (hash) => attempt(async () => (await pool.query('DELETE FROM member_tokens WHERE token_hash = $1', [hash])).rowCount === 1),
    removeMember: (workspaceId, memberId) => attempt(async () => removeMember(pool, workspaceId, memberId)),
    changeMembership: (workspaceId, memberId, role) =>
      attempt(() =>
        inTransaction(pool, async (c): Promise<MembershipChange> => {
          // locking the workspace's member rows serialises changes across instances: two facilitators
          // stepping down at once on two instances cannot both see the other still there
          const members = (await c.query<{ id: string; role: MemberRole }>('SELECT id, role FROM members WHERE workspace_id = $1 FOR UPDATE', [workspaceId])).rows
          if (!members.some((m) => m.id === memberId)) return 'not-found'
          if (leavesNoFacilitator(members, memberId, role)) return 'last-facilitator'
          if (role === undefined) await removeMember(c, workspaceId, memberId)
          else await c.query('UPDATE members SET role = $1 WHERE workspace_id = $2 AND id = $3', [role, workspaceId, memberId])
          return 'changed'
        }),
      ),
    memberActivity: (workspaceId) =>
      attempt(async () => {
        const r = await pool.query<{ member_id: string; at: string }>(
          'SELECT member_id, MAX(last_active_at) AS at FROM member_tokens WHERE workspace_id = $1 GROUP BY member_id',
          [workspaceId],
        )
        return new Map(r.rows.map((row) => [row.member_id, row.at]))
      }),
    addTicket: (t, nowMs) =>
      attempt(async () => {
        await pool.query('DELETE FROM sync_tickets WHERE expires_at <= $1', [nowMs])
        await pool.query('INSERT INTO sync_tickets (ticket_hash, token_hash, workspace_id, expires_at) VALUES ($1, $2, $3, $4)', [
          t.ticketHash, t.tokenHash, t.workspaceId, t.expiresAt,
        ])
      }),
    takeTicket: (hash, nowMs) =>
      attempt(async () => {
        // DELETE … RETURNING is atomic: of two instances racing for one ticket, only one gets the row
        const r = await pool.query<{ token_hash: string; workspace_id: string; expires_at: string }>(
          'DELETE FROM sync_tickets WHERE ticket_hash = $1 RETURNING token_hash, workspace_id, expires_at',
          [hash],
        )
        const row = r.rows[0]
        if (!row || Number(row.expires_at) <= nowMs) return undefined
        return { ticketHash: hash, tokenHash: row.token_hash, workspaceId: row.workspace_id, expiresAt: Number(row.expires_at) }
      }),
  }
}
