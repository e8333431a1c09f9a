/**
 * Tables of organisations, coaches, their sessions and workspace attachments. They live in the same
 * database as the workspaces (so attachments can join them) but are owned by server/orgs alone.
 * The DDL is plain SQL that SQLite and PostgreSQL both accept; add a statement to migrate.
 */
export const ORG_TABLES: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS orgs (
     id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL, invite_version INTEGER NOT NULL DEFAULT 1)`,
  // issuer 'invite' = a coach who came in through an organisation invite link (no identity provider)
  `CREATE TABLE IF NOT EXISTS coaches (
     id TEXT PRIMARY KEY, issuer TEXT NOT NULL, subject TEXT NOT NULL, email TEXT NOT NULL,
     display_name TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (issuer, subject))`,
  `CREATE TABLE IF NOT EXISTS org_coaches (
     org_id TEXT NOT NULL REFERENCES orgs(id), coach_id TEXT NOT NULL REFERENCES coaches(id),
     role TEXT NOT NULL, joined_at TEXT NOT NULL, PRIMARY KEY (org_id, coach_id))`,
  // a coach's organisations (every sign-in and portfolio): the primary key leads with the organisation
  `CREATE INDEX IF NOT EXISTS org_coaches_by_coach ON org_coaches(coach_id)`,
  // a workspace belongs to at most one organisation: its coaches, and nobody else's, may open it
  `CREATE TABLE IF NOT EXISTS org_workspaces (
     workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id), org_id TEXT NOT NULL REFERENCES orgs(id),
     school TEXT NOT NULL, attached_at TEXT NOT NULL, attached_by TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS org_workspaces_by_org ON org_workspaces(org_id)`,
  `CREATE TABLE IF NOT EXISTS coach_sessions (
     token_hash TEXT PRIMARY KEY, coach_id TEXT NOT NULL REFERENCES coaches(id),
     created_at TEXT NOT NULL, expires_at TEXT NOT NULL)`,
  // an OpenID Connect sign-in in flight: found by the hash of a random cookie value, used once
  `CREATE TABLE IF NOT EXISTS oidc_logins (
     id_hash TEXT PRIMARY KEY, state TEXT NOT NULL, nonce TEXT NOT NULL, verifier TEXT NOT NULL,
     return_to TEXT NOT NULL, created_at TEXT NOT NULL)`,
  // the facilitator member minted for a coach in a workspace, reused on the next "open"
  `CREATE TABLE IF NOT EXISTS coach_members (
     coach_id TEXT NOT NULL REFERENCES coaches(id), workspace_id TEXT NOT NULL REFERENCES workspaces(id),
     member_id TEXT NOT NULL, PRIMARY KEY (coach_id, workspace_id))`,
  `CREATE TABLE IF NOT EXISTS workspace_activity (workspace_id TEXT PRIMARY KEY, at TEXT NOT NULL)`,
]
