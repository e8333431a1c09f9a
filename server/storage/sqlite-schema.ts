/** SQLite schema, applied idempotently at open. Bump `user_version` and add a step to migrate. */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS workspaces (
     id TEXT PRIMARY KEY, title TEXT NOT NULL, organisation TEXT NOT NULL, created_at TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS members (
     id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id),
     display_name TEXT NOT NULL, role TEXT NOT NULL, stakeholder_role TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE, joined_at TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS members_by_workspace ON members(workspace_id)`,
  `CREATE TABLE IF NOT EXISTS invites (
     workspace_id TEXT NOT NULL REFERENCES workspaces(id), role TEXT NOT NULL, version INTEGER NOT NULL,
     PRIMARY KEY (workspace_id, role))`,
  `CREATE TABLE IF NOT EXISTS doc_updates (
     doc TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL, crc INTEGER NOT NULL,
     PRIMARY KEY (doc, seq)) WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS snapshots (
     workspace_id TEXT NOT NULL REFERENCES workspaces(id), version INTEGER NOT NULL, created_at TEXT NOT NULL,
     author_id TEXT NOT NULL, summary TEXT NOT NULL, plan_json TEXT NOT NULL, doc_state BLOB NOT NULL,
     PRIMARY KEY (workspace_id, version))`,
  `CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  // rows that could not be served (failed checksum, or threw when applied): kept, never replayed
  `CREATE TABLE IF NOT EXISTS doc_quarantine (
     doc TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB, reason TEXT NOT NULL, at TEXT NOT NULL,
     PRIMARY KEY (doc, seq))`,
  // snapshot rows stay immutable: "final" is a separate, insert-only mark
  `CREATE TABLE IF NOT EXISTS snapshot_finals (
     workspace_id TEXT NOT NULL, version INTEGER NOT NULL, marked_by TEXT NOT NULL, marked_at TEXT NOT NULL,
     PRIMARY KEY (workspace_id, version), FOREIGN KEY (workspace_id, version) REFERENCES snapshots(workspace_id, version))`,
]
