/**
 * Appends to the SQLite update log with group commit: appends that arrive in the same turn of the
 * event loop share one transaction, so a busy server pays one WAL commit per turn instead of one
 * per update, and each promise resolves only after its update is committed. A turn with a single
 * append (the common case under light load) is one INSERT in autocommit — atomic on its own —
 * instead of BEGIN, a read of the last seq, the INSERT and COMMIT. The last seq of each document
 * is read from the log once and then kept here; the log's only writer is this process, and
 * anything that deletes rows (compaction, quarantine) calls `forget` so the next append reads it
 * again.
 */
import type { Database } from 'better-sqlite3'
import { err, ok, type Result } from '../../shared/result'
import { checksum } from './rows'
import type { StorageError } from './types'

interface PendingAppend {
  readonly docKey: string
  readonly update: Uint8Array
  readonly resolve: (result: Result<number, StorageError>) => void
}

export interface SqliteAppender {
  appendUpdate(docKey: string, update: Uint8Array): Promise<Result<number, StorageError>>
  /** the stored log of `docKey` lost rows: read its last seq again before the next append */
  forget(docKey: string): void
  /** commits what is waiting now (before the database closes) */
  flushNow(): void
}

export function sqliteAppender(db: Database): SqliteAppender {
  const lastSeq = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM doc_updates WHERE doc = ?')
  const insert = db.prepare('INSERT INTO doc_updates (doc, seq, data, crc) VALUES (?, ?, ?, ?)')
  const last = new Map<string, number>()
  const nextSeq = (docKey: string): number => (last.get(docKey) ?? (lastSeq.get(docKey) as { seq: number }).seq) + 1
  const insertOne = ({ docKey, update }: PendingAppend): number => {
    const seq = nextSeq(docKey)
    insert.run(docKey, seq, update, checksum(update))
    last.set(docKey, seq)
    return seq
  }
  const insertAll = db.transaction((items: readonly PendingAppend[]): number[] => items.map(insertOne))

  let batch: PendingAppend[] = []
  const flush = () => {
    const items = batch
    batch = []
    if (items.length === 0) return
    try {
      const seqs = items.length === 1 ? [insertOne(items[0]!)] : insertAll(items)
      items.forEach((item, i) => item.resolve(ok(seqs[i]!)))
    } catch (e) {
      // a rolled-back transaction may have advanced the cache for rows that were never stored
      for (const item of items) last.delete(item.docKey)
      const failure = err({ kind: 'unavailable' as const, message: e instanceof Error ? e.message : String(e) })
      for (const item of items) item.resolve(failure)
    }
  }
  return {
    appendUpdate: (docKey, update) =>
      new Promise((resolve) => {
        batch.push({ docKey, update, resolve })
        if (batch.length === 1) setImmediate(flush)
      }),
    forget: (docKey) => void last.delete(docKey),
    flushNow: () => {
      if (batch.length > 0) flush()
    },
  }
}
