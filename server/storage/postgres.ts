/**
 * PostgreSQL storage for scale-out, with the SQLite semantics. Concurrency between instances:
 * - append: one statement bumps the document's `doc_heads` row and inserts the update; the row lock
 *   it holds until commit serialises appends to one document, so seqs follow commit order and the
 *   committed log is always a gap-free prefix (what catch-up reads rely on);
 * - compact: a transaction holding a per-document advisory lock (`pg_advisory_xact_lock`) deletes
 *   rows ≤ upToSeq and writes the state there; appends only add rows above every instance's applied
 *   seq, so compaction never removes an update the state lacks (no lost update), and replaying a
 *   state row plus later rows is idempotent in Yjs (no double-apply);
 * - snapshot versions: a per-workspace advisory lock around max+1.
 */
import type pg from 'pg'
import { randomBytes } from 'node:crypto'
import { err, ok, type Result } from '../../shared/result'
import { migratePostgres } from './postgres-schema'
import { inTransaction as inPoolTransaction } from './pg-transaction'
import { parseFinalRows, parseSnapshotList, parseSnapshotRow, parseWorkspaceRow } from './postgres-rows'
import { checksum, parseMemberRow, verifyUpdateRows } from './rows'
import { postgresSessions } from './postgres-sessions'
import { postgresAppender } from './postgres-append'
import type { MemberRow, QuarantineNote, SeqUpdate, Storage, StorageError } from './types'
import { postgresReportStore } from '../monitoring/report-store-postgres'

export interface PostgresOptions {
  readonly connectionString: string
  readonly maxConnections?: number
  readonly log?: (message: string, detail?: unknown) => void
}

const unavailable = (e: unknown): StorageError => ({ kind: 'unavailable', message: e instanceof Error ? e.message : String(e) })

async function attempt<T>(fn: () => Promise<Result<T, StorageError>>): Promise<Result<T, StorageError>> {
  try {
    return await fn()
  } catch (e) {
    return err(unavailable(e))
  }
}
const value = <T>(fn: () => Promise<T>) => attempt(async () => ok(await fn()))

export async function openPostgresStorage(options: PostgresOptions): Promise<Storage> {
  // imported here, not at the top: a server on SQLite never loads the driver
  const { default: pgLib } = await import('pg')
  const pool = new pgLib.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5_000,
  })
  // an idle client losing its connection (e.g. the database restarting) must not kill the process
  pool.on('error', (e) => options.log?.('postgres connection lost', e.message))
  await migratePostgres(pool)

  const inTransaction = <T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> => inPoolTransaction(pool, fn)
  const insertMember = (c: pg.Pool | pg.PoolClient, m: MemberRow) =>
    c.query(
      'INSERT INTO members (id, workspace_id, display_name, role, stakeholder_role, token_hash, joined_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [m.id, m.workspaceId, m.displayName, m.role, m.stakeholderRole, m.tokenHash, m.joinedAt],
    )
  const members = async (sql: string, params: unknown[]): Promise<Result<MemberRow[], StorageError>> => {
    const rows = (await pool.query(sql, params)).rows
    const out: MemberRow[] = []
    for (const raw of rows) {
      const parsed = parseMemberRow(raw)
      if (!parsed.ok) return parsed
      out.push(parsed.value)
    }
    return ok(out)
  }

  const quarantineRow = (docKey: string, seq: number, reason: string) =>
    inTransaction(async (c) => {
      await c.query(
        `INSERT INTO doc_quarantine (doc, seq, data, reason, at) SELECT doc, seq, data, $3, $4 FROM doc_updates WHERE doc = $1 AND seq = $2
         ON CONFLICT (doc, seq) DO UPDATE SET reason = EXCLUDED.reason`,
        [docKey, seq, reason, new Date().toISOString()],
      )
      await c.query('DELETE FROM doc_updates WHERE doc = $1 AND seq = $2', [docKey, seq])
    })
  /** reads rows; any that fail their checksum are quarantined on the spot and reported */
  const verifiedRows = async (docKey: string, sql: string, params: unknown[]): Promise<{ rows: SeqUpdate[]; bad: QuarantineNote[] }> => {
    const split = verifyUpdateRows(docKey, (await pool.query(sql, params)).rows)
    for (const b of split.bad) await quarantineRow(docKey, b.seq, b.reason)
    return split
  }

  return {
    backend: { kind: 'postgres', pool },
    ...postgresSessions(pool),
    ping: () => value(async () => void (await pool.query('SELECT 1'))),
    createWorkspace: (ws, creator) =>
      value(() =>
        inTransaction(async (c) => {
          await c.query('INSERT INTO workspaces (id, title, organisation, created_at) VALUES ($1, $2, $3, $4)', [ws.id, ws.title, ws.organisation, ws.createdAt])
          await insertMember(c, creator)
        }),
      ),
    getWorkspace: (id) => attempt(async () => parseWorkspaceRow((await pool.query('SELECT * FROM workspaces WHERE id = $1', [id])).rows[0])),
    addMember: (m) => value(async () => void (await insertMember(pool, m))),
    memberByTokenHash: (hash) =>
      attempt(async () => {
        const found = await members('SELECT * FROM members WHERE token_hash = $1', [hash])
        return found.ok ? ok(found.value[0]) : found
      }),
    listMembers: (wsId) => attempt(() => members('SELECT * FROM members WHERE workspace_id = $1 ORDER BY joined_at, id', [wsId])),
    setMemberRole: (wsId, memberId, role) =>
      value(async () => (await pool.query('UPDATE members SET role = $1 WHERE workspace_id = $2 AND id = $3', [role, wsId, memberId])).rowCount === 1),
    inviteVersion: (wsId, role) =>
      value(async () => {
        const r = await pool.query<{ version: number }>('SELECT version FROM invites WHERE workspace_id = $1 AND role = $2', [wsId, role])
        return r.rows[0]?.version ?? 1
      }),
    rotateInvite: (wsId, role) =>
      value(async () => {
        const r = await pool.query<{ version: number }>(
          `INSERT INTO invites AS i (workspace_id, role, version) VALUES ($1, $2, 2)
           ON CONFLICT (workspace_id, role) DO UPDATE SET version = i.version + 1 RETURNING version`,
          [wsId, role],
        )
        return r.rows[0]!.version
      }),
    serverSecret: () =>
      value(async () => {
        await pool.query("INSERT INTO server_meta (key, value) VALUES ('secret', $1) ON CONFLICT (key) DO NOTHING", [randomBytes(32).toString('base64url')])
        return (await pool.query<{ value: string }>("SELECT value FROM server_meta WHERE key = 'secret'")).rows[0]!.value
      }),

    appendUpdate: postgresAppender(pool),
    loadDoc: (docKey) =>
      value(async () => {
        const { rows, bad } = await verifiedRows(docKey, 'SELECT seq, data, crc FROM doc_updates WHERE doc = $1 ORDER BY seq', [docKey])
        const lastSeq = Math.max(rows.at(-1)?.seq ?? 0, ...bad.map((b) => b.seq))
        return { updates: rows.map((r) => r.update), rows, lastSeq, quarantined: bad }
      }),
    updatesAfter: (docKey, afterSeq) =>
      value(async () => (await verifiedRows(docKey, 'SELECT seq, data, crc FROM doc_updates WHERE doc = $1 AND seq > $2 ORDER BY seq', [docKey, afterSeq])).rows),
    lastSeqs: (docKeys) =>
      value(async () => {
        const r = await pool.query<{ doc: string; last_seq: string }>('SELECT doc, last_seq FROM doc_heads WHERE doc = ANY($1::text[])', [docKeys])
        return new Map(r.rows.map((row) => [row.doc, Number(row.last_seq)]))
      }),
    compact: (docKey, upToSeq, state) =>
      value(() =>
        inTransaction(async (c) => {
          await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`compact:${docKey}`])
          const deleted = await c.query('DELETE FROM doc_updates WHERE doc = $1 AND seq <= $2', [docKey, upToSeq])
          // nothing at or below upToSeq: another instance already compacted further; keep its row
          if (deleted.rowCount === 0) return
          await c.query('INSERT INTO doc_updates (doc, seq, data, crc) VALUES ($1, $2, $3, $4)', [docKey, upToSeq, Buffer.from(state), checksum(state)])
        }),
      ),

    quarantine: (docKey, seq, reason) => value(() => quarantineRow(docKey, seq, reason)),
    listQuarantine: (prefix) =>
      value(async () => {
        const r = await pool.query<{ doc: string; seq: string; reason: string; at: string; bytes: string }>(
          'SELECT doc, seq, reason, at, COALESCE(length(data), 0) AS bytes FROM doc_quarantine WHERE starts_with(doc, $1) ORDER BY doc, seq',
          [prefix],
        )
        return r.rows.map((row) => ({ docKey: row.doc, seq: Number(row.seq), reason: row.reason, at: row.at, bytes: Number(row.bytes) }))
      }),
    listDocKeys: (prefix) =>
      value(async () => (await pool.query<{ doc: string }>('SELECT doc FROM doc_heads WHERE starts_with(doc, $1) ORDER BY doc', [prefix])).rows.map((r) => r.doc)),
    storedBytes: (prefix) =>
      value(async () => {
        // the documents come from doc_heads (a row per document) and their rows through the log's
        // primary key: `starts_with` on doc_updates itself read every row of every workspace
        // (~105 ms with a million rows, each time a workspace's quota usage was refreshed)
        const r = await pool.query<{ bytes: string }>(
          'SELECT COALESCE(SUM(length(data)), 0) AS bytes FROM doc_updates WHERE doc IN (SELECT doc FROM doc_heads WHERE starts_with(doc, $1))',
          [prefix],
        )
        return Number(r.rows[0]!.bytes)
      }),
    insertSnapshot: (row) =>
      value(() =>
        inTransaction(async (c) => {
          await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`snapshot:${row.workspaceId}`])
          const next = await c.query<{ v: number }>('SELECT COALESCE(MAX(version), 0) + 1 AS v FROM snapshots WHERE workspace_id = $1', [row.workspaceId])
          const version = next.rows[0]!.v
          await c.query(
            'INSERT INTO snapshots (workspace_id, version, created_at, author_id, summary, plan_json, doc_state) VALUES ($1, $2, $3, $4, $5, $6, $7)',
            [row.workspaceId, version, row.createdAt, row.authorId, row.summary, row.planJson, Buffer.from(row.docState)],
          )
          return { ...row, version }
        }),
      ),
    listSnapshots: (wsId) =>
      attempt(async () =>
        parseSnapshotList((await pool.query('SELECT workspace_id, version, created_at, author_id, summary FROM snapshots WHERE workspace_id = $1 ORDER BY version', [wsId])).rows),
      ),
    getSnapshot: (wsId, version) =>
      attempt(async () => parseSnapshotRow((await pool.query('SELECT * FROM snapshots WHERE workspace_id = $1 AND version = $2', [wsId, version])).rows[0])),
    markSnapshotFinal: (row) =>
      attempt(async () => {
        await pool.query('INSERT INTO snapshot_finals (workspace_id, version, marked_by, marked_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [row.workspaceId, row.version, row.markedBy, row.markedAt])
        const stored = parseFinalRows((await pool.query('SELECT * FROM snapshot_finals WHERE workspace_id = $1 AND version = $2', [row.workspaceId, row.version])).rows)
        if (!stored.ok) return stored
        return stored.value[0] ? ok(stored.value[0]) : err({ kind: 'unavailable' as const, message: 'the final mark was not stored' })
      }),
    listSnapshotFinals: (wsId) =>
      attempt(async () => parseFinalRows((await pool.query('SELECT * FROM snapshot_finals WHERE workspace_id = $1 ORDER BY version', [wsId])).rows)),
    monitoringReports: postgresReportStore(pool),
    close: () => pool.end(),
  }
}
