/**
 * Organisations, coaches, coach sessions, sign-ins in flight and workspace attachments, over either
 * database (./sql.ts). Rows are parsed on the way out; a row that does not parse is `corrupt`.
 */
import * as z from 'zod'
import { ORG_ROLES, type OrgRole } from '../../shared/api/orgs'
import { err, ok, type Result } from '../../shared/result'
import type { StorageError } from '../storage/types'
import type { Sql } from './sql'

export type OrgRow = { readonly id: string; readonly name: string; readonly createdAt: string; readonly inviteVersion: number }
export type CoachRow = { readonly id: string; readonly issuer: string; readonly subject: string; readonly email: string; readonly displayName: string; readonly createdAt: string }
export type LoginRow = { readonly idHash: string; readonly state: string; readonly nonce: string; readonly verifier: string; readonly returnTo: string; readonly createdAt: string }
export type AttachedRow = { readonly workspaceId: string; readonly orgId: string; readonly school: string; readonly title: string; readonly createdAt: string; readonly lastActivity: string | null }

const Org = z.object({ id: z.string(), name: z.string(), created_at: z.string(), invite_version: z.coerce.number().int() })
  .transform((r): OrgRow => ({ id: r.id, name: r.name, createdAt: r.created_at, inviteVersion: r.invite_version }))
const Coach = z.object({ id: z.string(), issuer: z.string(), subject: z.string(), email: z.string(), display_name: z.string(), created_at: z.string() })
  .transform((r): CoachRow => ({ id: r.id, issuer: r.issuer, subject: r.subject, email: r.email, displayName: r.display_name, createdAt: r.created_at }))
const Login = z.object({ id_hash: z.string(), state: z.string(), nonce: z.string(), verifier: z.string(), return_to: z.string(), created_at: z.string() })
  .transform((r): LoginRow => ({ idHash: r.id_hash, state: r.state, nonce: r.nonce, verifier: r.verifier, returnTo: r.return_to, createdAt: r.created_at }))
const Membership = z.object({ id: z.string(), name: z.string(), role: z.enum(ORG_ROLES) })
const Attached = z.object({ workspace_id: z.string(), org_id: z.string(), school: z.string(), title: z.string(), created_at: z.string(), activity: z.string().nullable() })
  .transform((r): AttachedRow => ({ workspaceId: r.workspace_id, orgId: r.org_id, school: r.school, title: r.title, createdAt: r.created_at, lastActivity: r.activity }))

type Out<T> = Promise<Result<T, StorageError>>

export interface OrgStore {
  createOrg(org: Omit<OrgRow, 'inviteVersion'>, adminCoachId: string): Out<void>
  getOrg(id: string): Out<OrgRow | undefined>
  rotateOrgInvite(id: string): Out<void>
  orgsOfCoach(coachId: string): Out<{ id: string; name: string; role: OrgRole }[]>
  roleInOrg(orgId: string, coachId: string): Out<OrgRole | undefined>
  /** idempotent: a coach already in the organisation keeps their role */
  addCoachToOrg(orgId: string, coachId: string, role: OrgRole, at: string): Out<void>
  /** finds the coach by (issuer, subject) or creates them; e-mail and name follow the provider */
  upsertCoach(coach: CoachRow): Out<CoachRow>
  createSession(tokenHash: string, coachId: string, createdAt: string, expiresAt: string): Out<void>
  /** the coach of an unexpired session */
  sessionCoach(tokenHash: string, now: string): Out<CoachRow | undefined>
  deleteSession(tokenHash: string): Out<void>
  saveLogin(login: LoginRow): Out<void>
  /** reads and deletes a sign-in in flight (a state is good for one callback only) */
  takeLogin(idHash: string): Out<LoginRow | undefined>
  /** 'conflict' when the workspace already belongs to another organisation */
  attachWorkspace(row: { workspaceId: string; orgId: string; school: string; attachedAt: string; attachedBy: string }): Out<'attached' | 'already' | 'conflict'>
  orgOfWorkspace(workspaceId: string): Out<string | undefined>
  listAttached(orgId: string): Out<AttachedRow[]>
  coachMember(coachId: string, workspaceId: string): Out<string | undefined>
  setCoachMember(coachId: string, workspaceId: string, memberId: string): Out<void>
  touchActivity(workspaceId: string, at: string): Out<void>
}

const fail = (e: unknown): StorageError => ({ kind: 'unavailable', message: e instanceof Error ? e.message : String(e) })
async function attempt<T>(fn: () => Promise<T>): Out<T> {
  try {
    return ok(await fn())
  } catch (e) {
    return err(e instanceof CorruptRow ? { kind: 'corrupt', message: e.message } : fail(e))
  }
}
class CorruptRow extends Error {}
function parse<T>(schema: z.ZodType<T>, what: string, raw: unknown): T {
  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw new CorruptRow(`${what} row: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
  return parsed.data
}

export function orgStore(sql: Sql): OrgStore {
  const one = async <T>(schema: z.ZodType<T>, what: string, q: string, params: unknown[]) => {
    const rows = await sql.all(q, params)
    return rows[0] === undefined ? undefined : parse(schema, what, rows[0])
  }
  return {
    createOrg: (org, adminId) =>
      attempt(async () => {
        await sql.run('INSERT INTO orgs (id, name, created_at) VALUES (?, ?, ?)', [org.id, org.name, org.createdAt])
        await sql.run('INSERT INTO org_coaches (org_id, coach_id, role, joined_at) VALUES (?, ?, ?, ?)', [org.id, adminId, 'admin', org.createdAt])
      }),
    getOrg: (id) => attempt(() => one(Org, 'organisation', 'SELECT * FROM orgs WHERE id = ?', [id])),
    rotateOrgInvite: (id) => attempt(async () => void (await sql.run('UPDATE orgs SET invite_version = invite_version + 1 WHERE id = ?', [id]))),
    orgsOfCoach: (coachId) =>
      attempt(async () =>
        (await sql.all('SELECT o.id, o.name, c.role FROM org_coaches c JOIN orgs o ON o.id = c.org_id WHERE c.coach_id = ? ORDER BY o.name, o.id', [coachId])).map((r) =>
          parse(Membership, 'membership', r),
        ),
      ),
    roleInOrg: (orgId, coachId) =>
      attempt(async () => (await one(Membership.pick({ role: true }), 'membership', 'SELECT role FROM org_coaches WHERE org_id = ? AND coach_id = ?', [orgId, coachId]))?.role),
    addCoachToOrg: (orgId, coachId, role, at) =>
      attempt(async () => void (await sql.run('INSERT INTO org_coaches (org_id, coach_id, role, joined_at) VALUES (?, ?, ?, ?) ON CONFLICT (org_id, coach_id) DO NOTHING', [orgId, coachId, role, at]))),
    upsertCoach: (c) =>
      attempt(async () => {
        await sql.run(
          `INSERT INTO coaches (id, issuer, subject, email, display_name, created_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (issuer, subject) DO UPDATE SET email = excluded.email, display_name = excluded.display_name`,
          [c.id, c.issuer, c.subject, c.email, c.displayName, c.createdAt],
        )
        const row = await one(Coach, 'coach', 'SELECT * FROM coaches WHERE issuer = ? AND subject = ?', [c.issuer, c.subject])
        if (!row) throw new Error('coach vanished after upsert')
        return row
      }),
    createSession: (hash, coachId, createdAt, expiresAt) =>
      attempt(async () => void (await sql.run('INSERT INTO coach_sessions (token_hash, coach_id, created_at, expires_at) VALUES (?, ?, ?, ?)', [hash, coachId, createdAt, expiresAt]))),
    sessionCoach: (hash, now) =>
      attempt(() => one(Coach, 'coach', 'SELECT c.* FROM coach_sessions s JOIN coaches c ON c.id = s.coach_id WHERE s.token_hash = ? AND s.expires_at > ?', [hash, now])),
    deleteSession: (hash) => attempt(async () => void (await sql.run('DELETE FROM coach_sessions WHERE token_hash = ?', [hash]))),
    saveLogin: (l) =>
      attempt(async () => void (await sql.run('INSERT INTO oidc_logins (id_hash, state, nonce, verifier, return_to, created_at) VALUES (?, ?, ?, ?, ?, ?)', [l.idHash, l.state, l.nonce, l.verifier, l.returnTo, l.createdAt]))),
    takeLogin: (idHash) =>
      attempt(async () => {
        const rows = await sql.all('DELETE FROM oidc_logins WHERE id_hash = ? RETURNING *', [idHash])
        return rows[0] === undefined ? undefined : parse(Login, 'sign-in', rows[0])
      }),
    attachWorkspace: (row) =>
      attempt(async () => {
        const added = await sql.run(
          'INSERT INTO org_workspaces (workspace_id, org_id, school, attached_at, attached_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (workspace_id) DO NOTHING',
          [row.workspaceId, row.orgId, row.school, row.attachedAt, row.attachedBy],
        )
        if (added === 1) return 'attached' as const
        const rows = await sql.all('SELECT org_id FROM org_workspaces WHERE workspace_id = ?', [row.workspaceId])
        return parse(z.object({ org_id: z.string() }), 'attachment', rows[0]).org_id === row.orgId ? ('already' as const) : ('conflict' as const)
      }),
    orgOfWorkspace: (wsId) =>
      attempt(async () => (await one(z.object({ org_id: z.string() }), 'attachment', 'SELECT org_id FROM org_workspaces WHERE workspace_id = ?', [wsId]))?.org_id),
    listAttached: (orgId) =>
      attempt(async () =>
        (
          await sql.all(
            `SELECT a.workspace_id, a.org_id, a.school, w.title, w.created_at, act.at AS activity
             FROM org_workspaces a JOIN workspaces w ON w.id = a.workspace_id
             LEFT JOIN workspace_activity act ON act.workspace_id = a.workspace_id
             WHERE a.org_id = ? ORDER BY a.school, w.title, a.workspace_id`,
            [orgId],
          )
        ).map((r) => parse(Attached, 'attachment', r)),
      ),
    coachMember: (coachId, wsId) =>
      attempt(async () => (await one(z.object({ member_id: z.string() }), 'coach member', 'SELECT member_id FROM coach_members WHERE coach_id = ? AND workspace_id = ?', [coachId, wsId]))?.member_id),
    setCoachMember: (coachId, wsId, memberId) =>
      attempt(async () => void (await sql.run('INSERT INTO coach_members (coach_id, workspace_id, member_id) VALUES (?, ?, ?) ON CONFLICT (coach_id, workspace_id) DO UPDATE SET member_id = excluded.member_id', [coachId, wsId, memberId]))),
    touchActivity: (wsId, at) =>
      attempt(async () => void (await sql.run('INSERT INTO workspace_activity (workspace_id, at) VALUES (?, ?) ON CONFLICT (workspace_id) DO UPDATE SET at = excluded.at', [wsId, at]))),
  }
}
