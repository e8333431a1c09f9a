/**
 * PostgreSQL appends with group commit per document: the appends of one document that arrive in the
 * same event-loop turn are one statement — it bumps the document's `doc_heads` row by their number
 * and inserts them all with consecutive seqs, in arrival order. The row lock it holds until commit
 * serialises appends to a document across instances, so seqs still follow commit order and the
 * committed log stays a gap-free prefix. Each append resolves only once its statement has committed;
 * a failed statement fails every append in it (none of them is stored). The statement is prepared
 * once per pooled connection (parsing and planning it was most of PostgreSQL's CPU per append).
 */
import type pg from 'pg'
import { err, ok, type Result } from '../../shared/result'
import { checksum } from './rows'
import type { StorageError } from './types'

interface Pending {
  readonly update: Uint8Array
  readonly resolve: (result: Result<number, StorageError>) => void
}

const APPEND_MANY = `
  WITH head AS (
    INSERT INTO doc_heads AS h (doc, last_seq) VALUES ($1, $4)
    ON CONFLICT (doc) DO UPDATE SET last_seq = h.last_seq + $4 RETURNING last_seq)
  INSERT INTO doc_updates (doc, seq, data, crc)
  SELECT $1, head.last_seq - $4 + u.ord, u.data, u.crc
  FROM head, unnest($2::bytea[], $3::bigint[]) WITH ORDINALITY AS u(data, crc, ord)
  RETURNING seq`

export function postgresAppender(pool: pg.Pool): (docKey: string, update: Uint8Array) => Promise<Result<number, StorageError>> {
  let waiting = new Map<string, Pending[]>()

  const write = async (docKey: string, items: readonly Pending[]) => {
    try {
      const data = items.map(({ update }) => Buffer.from(update.buffer, update.byteOffset, update.byteLength))
      // a named statement: each pooled connection parses and plans it once, not on every turn
      const values = [docKey, data, items.map(({ update }) => checksum(update)), items.length]
      const r = await pool.query<{ seq: string }>({ name: 'rootwork-append-many', text: APPEND_MANY, values })
      // seqs are consecutive in arrival order, ending at the new head
      const last = Math.max(...r.rows.map((row) => Number(row.seq)))
      items.forEach((item, i) => item.resolve(ok(last - items.length + 1 + i)))
    } catch (e) {
      const failure = err({ kind: 'unavailable' as const, message: e instanceof Error ? e.message : String(e) })
      for (const item of items) item.resolve(failure)
    }
  }
  const flush = () => {
    const batch = waiting
    waiting = new Map()
    for (const [docKey, items] of batch) void write(docKey, items)
  }

  return (docKey, update) =>
    new Promise((resolve) => {
      if (waiting.size === 0) setImmediate(flush)
      const items = waiting.get(docKey)
      if (items) items.push({ update, resolve })
      else waiting.set(docKey, [{ update, resolve }])
    })
}
