/**
 * PostgreSQL schema as numbered steps. At start-up every instance runs the missing steps inside one
 * transaction holding a fixed advisory lock, so instances starting together migrate exactly once.
 * Append a step to migrate; never edit one that has shipped.
 */
import type { Pool } from 'pg'
import { POSTGRES_SESSION_MIGRATION } from './postgres-sessions'

export const POSTGRES_MIGRATIONS: readonly string[] = [
  `CREATE TABLE workspaces (
     id TEXT PRIMARY KEY, title TEXT NOT NULL, organisation TEXT NOT NULL, created_at TEXT NOT NULL);
   CREATE TABLE members (
     id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id),
     display_name TEXT NOT NULL, role TEXT NOT NULL, stakeholder_role TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE, joined_at TEXT NOT NULL);
   CREATE INDEX members_by_workspace ON members(workspace_id);
   CREATE TABLE invites (
     workspace_id TEXT NOT NULL REFERENCES workspaces(id), role TEXT NOT NULL, version INTEGER NOT NULL,
     PRIMARY KEY (workspace_id, role));
   -- one row per document: the last seq handed out. Its row lock serialises appends to one
   -- document across instances, so seqs are assigned in commit order.
   CREATE TABLE doc_heads (doc TEXT PRIMARY KEY, last_seq BIGINT NOT NULL);
   CREATE TABLE doc_updates (
     doc TEXT NOT NULL, seq BIGINT NOT NULL, data BYTEA NOT NULL, crc BIGINT NOT NULL,
     PRIMARY KEY (doc, seq));
   CREATE TABLE snapshots (
     workspace_id TEXT NOT NULL REFERENCES workspaces(id), version INTEGER NOT NULL, created_at TEXT NOT NULL,
     author_id TEXT NOT NULL, summary TEXT NOT NULL, plan_json TEXT NOT NULL, doc_state BYTEA NOT NULL,
     PRIMARY KEY (workspace_id, version));
   CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // rows that could not be served (failed checksum, or threw when applied): kept, never replayed
  `CREATE TABLE doc_quarantine (
     doc TEXT NOT NULL, seq BIGINT NOT NULL, data BYTEA, reason TEXT NOT NULL, at TEXT NOT NULL,
     PRIMARY KEY (doc, seq));`,
  POSTGRES_SESSION_MIGRATION,
  // snapshot rows stay immutable: "final" is a separate, insert-only mark
  `CREATE TABLE snapshot_finals (
     workspace_id TEXT NOT NULL, version INTEGER NOT NULL, marked_by TEXT NOT NULL, marked_at TEXT NOT NULL,
     PRIMARY KEY (workspace_id, version), FOREIGN KEY (workspace_id, version) REFERENCES snapshots(workspace_id, version));`,
  // a workspace's member activity (the members list) read every member's tokens of every workspace
  `CREATE INDEX IF NOT EXISTS member_tokens_by_workspace ON member_tokens(workspace_id);`,
]

/** an arbitrary constant: the advisory lock every instance takes while migrating */
const MIGRATION_LOCK = 7_261_001

export async function migratePostgres(pool: Pool): Promise<number> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())')
    const done = await client.query<{ version: number }>('SELECT version FROM schema_migrations')
    const applied = new Set(done.rows.map((r) => r.version))
    let ran = 0
    for (const [index, sql] of POSTGRES_MIGRATIONS.entries()) {
      const version = index + 1
      if (applied.has(version)) continue
      await client.query(sql)
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version])
      ran++
    }
    await client.query('COMMIT')
    return ran
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw e
  } finally {
    client.release()
  }
}
