/**
 * SQLite storage (better-sqlite3, WAL). Calls are synchronous underneath, so an append has reached
 * the WAL when its promise resolves; with `synchronous=NORMAL` that survives a killed process, and
 * `FULL` (SQLITE_SYNCHRONOUS) also survives power loss at the cost of one fsync per update.
 */
import Database from 'better-sqlite3'
import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { err, ok, type Result } from '../../shared/result'
import { sqliteAppender } from './sqlite-append'
import { checksum, parseMemberRow, verifyUpdateRows } from './rows'
import { prefixUpperBound } from './key-range'
import { SQLITE_MIGRATIONS } from './sqlite-schema'
import { SQLITE_SESSION_MIGRATIONS, sqliteSessions } from './sqlite-sessions'
import { sqliteReportStore } from '../monitoring/report-store-sqlite'
import type { DocLog, MemberRow, QuarantinedRow, QuarantineNote, SeqUpdate, SnapshotFinalRow, SnapshotRow, Storage, StorageError, WorkspaceRow } from './types'

export interface SqliteOptions {
  /** a directory (the file is `rootwork.sqlite` inside it) or ':memory:' */
  readonly dataDir: string
  readonly synchronous?: 'NORMAL' | 'FULL'
}

function attempt<T>(fn: () => T): Promise<Result<T, StorageError>> {
  try {
    return Promise.resolve(ok(fn()))
  } catch (e) {
    return Promise.resolve(err({ kind: 'unavailable', message: e instanceof Error ? e.message : String(e) }))
  }
}

type FinalRecord = { workspace_id: string; version: number; marked_by: string; marked_at: string }
const finalRow = (r: FinalRecord): SnapshotFinalRow => ({ workspaceId: r.workspace_id, version: r.version, markedBy: r.marked_by, markedAt: r.marked_at })

/**
 * Reads of every document under a key prefix (a workspace), given the condition on `doc`: a range
 * of the primary key, `doc >= ? AND doc < ?` (key-range.ts), or `doc >= ?` when nothing bounds it.
 */
export const PREFIX_READS = {
  listQuarantine: (where: string) => `SELECT doc, seq, reason, at, COALESCE(length(data), 0) AS bytes FROM doc_quarantine WHERE ${where} ORDER BY doc, seq`,
  listDocKeys: (where: string) => `SELECT DISTINCT doc FROM doc_updates WHERE ${where} ORDER BY doc`,
  storedBytes: (where: string) => `SELECT COALESCE(SUM(length(data)), 0) AS bytes FROM doc_updates WHERE ${where}`,
} as const

export function openSqliteStorage(options: SqliteOptions): Storage {
  let file = ':memory:'
  if (options.dataDir !== ':memory:') {
    mkdirSync(options.dataDir, { recursive: true })
    file = join(options.dataDir, 'rootwork.sqlite')
  }
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`)
  db.pragma('foreign_keys = ON')
  for (const sql of [...SQLITE_MIGRATIONS, ...SQLITE_SESSION_MIGRATIONS]) db.exec(sql)

  const q = {
    insertWorkspace: db.prepare('INSERT INTO workspaces (id, title, organisation, created_at) VALUES (?, ?, ?, ?)'),
    getWorkspace: db.prepare('SELECT id, title, organisation, created_at FROM workspaces WHERE id = ?'),
    insertMember: db.prepare(
      'INSERT INTO members (id, workspace_id, display_name, role, stakeholder_role, token_hash, joined_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    memberByToken: db.prepare('SELECT * FROM members WHERE token_hash = ?'),
    listMembers: db.prepare('SELECT * FROM members WHERE workspace_id = ? ORDER BY joined_at, id'),
    setRole: db.prepare('UPDATE members SET role = ? WHERE workspace_id = ? AND id = ?'),
    inviteVersion: db.prepare('SELECT version FROM invites WHERE workspace_id = ? AND role = ?'),
    upsertInvite: db.prepare(
      `INSERT INTO invites (workspace_id, role, version) VALUES (?, ?, 2)
       ON CONFLICT (workspace_id, role) DO UPDATE SET version = version + 1 RETURNING version`,
    ),
    getMeta: db.prepare('SELECT value FROM server_meta WHERE key = ?'),
    insertMeta: db.prepare('INSERT OR IGNORE INTO server_meta (key, value) VALUES (?, ?)'),
    lastSeq: db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM doc_updates WHERE doc = ?'),
    insertUpdate: db.prepare('INSERT INTO doc_updates (doc, seq, data, crc) VALUES (?, ?, ?, ?)'),
    loadDoc: db.prepare('SELECT seq, data, crc FROM doc_updates WHERE doc = ? ORDER BY seq'),
    updatesAfter: db.prepare('SELECT seq, data, crc FROM doc_updates WHERE doc = ? AND seq > ? ORDER BY seq'),
    deleteUpTo: db.prepare('DELETE FROM doc_updates WHERE doc = ? AND seq <= ?'),
    nextSnapshot: db.prepare('SELECT COALESCE(MAX(version), 0) + 1 AS v FROM snapshots WHERE workspace_id = ?'),
    insertSnapshot: db.prepare(
      'INSERT INTO snapshots (workspace_id, version, created_at, author_id, summary, plan_json, doc_state) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    listSnapshots: db.prepare(
      'SELECT workspace_id, version, created_at, author_id, summary FROM snapshots WHERE workspace_id = ? ORDER BY version',
    ),
    getSnapshot: db.prepare('SELECT * FROM snapshots WHERE workspace_id = ? AND version = ?'),
    quarantineCopy: db.prepare(
      'INSERT OR REPLACE INTO doc_quarantine (doc, seq, data, reason, at) SELECT doc, seq, data, ?, ? FROM doc_updates WHERE doc = ? AND seq = ?',
    ),
    deleteRow: db.prepare('DELETE FROM doc_updates WHERE doc = ? AND seq = ?'),
    insertFinal: db.prepare('INSERT OR IGNORE INTO snapshot_finals (workspace_id, version, marked_by, marked_at) VALUES (?, ?, ?, ?)'),
    getFinal: db.prepare('SELECT workspace_id, version, marked_by, marked_at FROM snapshot_finals WHERE workspace_id = ? AND version = ?'),
    listFinals: db.prepare('SELECT workspace_id, version, marked_by, marked_at FROM snapshot_finals WHERE workspace_id = ? ORDER BY version'),
  }

  const underPrefix = (sql: (where: string) => string) => {
    const bounded = db.prepare(sql('doc >= ? AND doc < ?'))
    const unbounded = db.prepare(sql('doc >= ?'))
    const args = (prefix: string) => {
      const upper = prefixUpperBound(prefix)
      return upper === undefined ? ([unbounded, [prefix]] as const) : ([bounded, [prefix, upper]] as const)
    }
    return {
      all: (prefix: string): unknown[] => {
        const [statement, values] = args(prefix)
        return statement.all(...values)
      },
      get: (prefix: string): unknown => {
        const [statement, values] = args(prefix)
        return statement.get(...values)
      },
    }
  }
  const byPrefix = {
    listQuarantine: underPrefix(PREFIX_READS.listQuarantine),
    listDocKeys: underPrefix(PREFIX_READS.listDocKeys),
    storedBytes: underPrefix(PREFIX_READS.storedBytes),
  }

  const createWorkspaceTx = db.transaction((ws: WorkspaceRow, m: MemberRow) => {
    q.insertWorkspace.run(ws.id, ws.title, ws.organisation, ws.createdAt)
    insertMember(m)
  })
  const insertMember = (m: MemberRow) =>
    q.insertMember.run(m.id, m.workspaceId, m.displayName, m.role, m.stakeholderRole, m.tokenHash, m.joinedAt)
  const appender = sqliteAppender(db)
  const compactTx = db.transaction((docKey: string, upToSeq: number, state: Uint8Array) => {
    appender.forget(docKey)
    q.deleteUpTo.run(docKey, upToSeq)
    q.insertUpdate.run(docKey, upToSeq, state, checksum(state))
  })
  const snapshotTx = db.transaction((row: Omit<SnapshotRow, 'version'>): number => {
    const version = (q.nextSnapshot.get(row.workspaceId) as { v: number }).v
    q.insertSnapshot.run(row.workspaceId, version, row.createdAt, row.authorId, row.summary, row.planJson, row.docState)
    return version
  })

  const toWorkspace = (r: unknown): WorkspaceRow | undefined => {
    if (r === undefined) return undefined
    const row = r as { id: string; title: string; organisation: string; created_at: string }
    return { id: row.id, title: row.title, organisation: row.organisation, createdAt: row.created_at }
  }
  const unwrapMember = (raw: unknown): MemberRow | undefined => {
    if (raw === undefined) return undefined
    const parsed = parseMemberRow(raw)
    if (!parsed.ok) throw new Error(parsed.error.message)
    return parsed.value
  }

  const quarantineTx = db.transaction((docKey: string, seq: number, reason: string) => {
    appender.forget(docKey)
    q.quarantineCopy.run(reason, new Date().toISOString(), docKey, seq)
    q.deleteRow.run(docKey, seq)
  })
  /** reads rows; any that fail their checksum are quarantined on the spot and reported */
  const verifiedRows = async (docKey: string, read: () => unknown[]): Promise<Result<{ rows: SeqUpdate[]; bad: QuarantineNote[] }, StorageError>> => {
    const raws = await attempt(read)
    if (!raws.ok) return raws
    const split = verifyUpdateRows(docKey, raws.value)
    for (const b of split.bad) {
      const moved = await attempt(() => quarantineTx(docKey, b.seq, b.reason))
      if (!moved.ok) return moved
    }
    return ok(split)
  }

  return {
    backend: { kind: 'sqlite', db },
    ...sqliteSessions(db),
    createWorkspace: (ws, creator) => attempt(() => void createWorkspaceTx(ws, creator)),
    getWorkspace: (id) => attempt(() => toWorkspace(q.getWorkspace.get(id))),
    addMember: (m) => attempt(() => void insertMember(m)),
    memberByTokenHash: (hash) => attempt(() => unwrapMember(q.memberByToken.get(hash))),
    listMembers: (wsId) => attempt(() => q.listMembers.all(wsId).map((r) => unwrapMember(r)!)),
    setMemberRole: (wsId, memberId, role) => attempt(() => q.setRole.run(role, wsId, memberId).changes === 1),
    inviteVersion: (wsId, role) =>
      attempt(() => (q.inviteVersion.get(wsId, role) as { version: number } | undefined)?.version ?? 1),
    rotateInvite: (wsId, role) => attempt(() => (q.upsertInvite.get(wsId, role) as { version: number }).version),
    serverSecret: () =>
      attempt(() => {
        q.insertMeta.run('secret', randomBytes(32).toString('base64url'))
        return (q.getMeta.get('secret') as { value: string }).value
      }),

    appendUpdate: appender.appendUpdate,
    ping: () => attempt(() => void db.prepare('SELECT 1').get()),
    loadDoc: async (docKey): Promise<Result<DocLog, StorageError>> => {
      const read = await verifiedRows(docKey, () => q.loadDoc.all(docKey))
      if (!read.ok) return read
      const { rows, bad } = read.value
      const lastSeq = Math.max(rows.at(-1)?.seq ?? 0, ...bad.map((b) => b.seq))
      return ok({ updates: rows.map((r) => r.update), rows, lastSeq, quarantined: bad })
    },
    updatesAfter: async (docKey, afterSeq) => {
      const read = await verifiedRows(docKey, () => q.updatesAfter.all(docKey, afterSeq))
      return read.ok ? ok(read.value.rows) : read
    },
    lastSeqs: (docKeys) => attempt(() => new Map(docKeys.map((k) => [k, (q.lastSeq.get(k) as { seq: number }).seq]))),
    compact: (docKey, upToSeq, state) => attempt(() => compactTx(docKey, upToSeq, state)),
    quarantine: (docKey, seq, reason) => attempt(() => quarantineTx(docKey, seq, reason)),
    listQuarantine: (prefix) =>
      attempt(() =>
        (byPrefix.listQuarantine.all(prefix) as { doc: string; seq: number; reason: string; at: string; bytes: number }[]).map(
          (r): QuarantinedRow => ({ docKey: r.doc, seq: r.seq, reason: r.reason, at: r.at, bytes: r.bytes }),
        ),
      ),
    listDocKeys: (prefix) => attempt(() => (byPrefix.listDocKeys.all(prefix) as { doc: string }[]).map((r) => r.doc)),
    storedBytes: (prefix) => attempt(() => (byPrefix.storedBytes.get(prefix) as { bytes: number }).bytes),

    insertSnapshot: (row) => attempt(() => ({ ...row, version: snapshotTx(row) })),
    listSnapshots: (wsId) =>
      attempt(() =>
        (q.listSnapshots.all(wsId) as { workspace_id: string; version: number; created_at: string; author_id: string; summary: string }[]).map(
          (r) => ({ workspaceId: r.workspace_id, version: r.version, createdAt: r.created_at, authorId: r.author_id, summary: r.summary }),
        ),
      ),
    getSnapshot: (wsId, version) =>
      attempt(() => {
        const r = q.getSnapshot.get(wsId, version) as
          | { workspace_id: string; version: number; created_at: string; author_id: string; summary: string; plan_json: string; doc_state: Uint8Array }
          | undefined
        if (!r) return undefined
        return {
          workspaceId: r.workspace_id,
          version: r.version,
          createdAt: r.created_at,
          authorId: r.author_id,
          summary: r.summary,
          planJson: r.plan_json,
          docState: new Uint8Array(r.doc_state),
        }
      }),
    markSnapshotFinal: (row) =>
      attempt(() => {
        q.insertFinal.run(row.workspaceId, row.version, row.markedBy, row.markedAt)
        return finalRow(q.getFinal.get(row.workspaceId, row.version) as FinalRecord)
      }),
    listSnapshotFinals: (wsId) => attempt(() => (q.listFinals.all(wsId) as FinalRecord[]).map(finalRow)),
    monitoringReports: sqliteReportStore(db),
    close: async () => {
      appender.flushNow()
      db.close()
    },
  }
}
