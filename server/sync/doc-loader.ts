/**
 * Builds a document from its stored log, healing instead of bricking: a row that throws when
 * applied (written by an older version, damage that passes the CRC, a bug) is quarantined — moved
 * aside with the reason and logged loudly — and the build starts again without it. Rows failing
 * their checksum are quarantined by storage while reading. One bad row never hides the others.
 */
import * as Y from 'yjs'
import { err, ok, type Result } from '../../shared/result'
import type { DocLog, QuarantineNote, SeqUpdate, Storage, StorageError } from '../storage/types'

export interface BuiltDoc {
  readonly doc: Y.Doc
  readonly lastSeq: number
  /** rows the log holds now (for the compaction counter) */
  readonly rowCount: number
  /** bytes the log holds now (for quotas) */
  readonly bytes: number
  /** the single stored row when the log is compacted: it is the whole state, byte for byte */
  readonly only: Uint8Array | undefined
}

type Log = (message: string, detail?: unknown) => void

/** Applies rows in order inside one transaction; names the row that threw, if one did. */
export function applyRows(doc: Y.Doc, rows: readonly SeqUpdate[], origin?: unknown): QuarantineNote | undefined {
  let current: SeqUpdate | undefined
  try {
    Y.transact(
      doc,
      () => {
        for (const row of rows) {
          current = row
          Y.applyUpdate(doc, row.update, origin)
        }
      },
      origin,
    )
    return undefined
  } catch (e) {
    return { seq: current?.seq ?? 0, reason: `throws when applied: ${e instanceof Error ? e.message : String(e)}` }
  }
}

/** `firstRead`: the log as already read by the caller (it is read again only after a quarantine) */
export async function buildDoc(storage: Storage, key: string, log: Log, firstRead?: DocLog): Promise<Result<BuiltDoc, StorageError>> {
  for (let round = 0; ; round++) {
    const loaded = round === 0 && firstRead ? ok(firstRead) : await storage.loadDoc(key)
    if (!loaded.ok) return loaded
    const { rows, lastSeq, quarantined } = loaded.value
    for (const q of quarantined) log(`QUARANTINED row ${q.seq} of ${key}: ${q.reason} (see npm run doctor)`)
    const doc = new Y.Doc({ gc: true })
    const failed = applyRows(doc, rows)
    if (!failed) {
      const bytes = rows.reduce((sum, r) => sum + r.update.byteLength, 0)
      return ok({ doc, lastSeq, rowCount: rows.length, bytes, only: rows.length === 1 ? rows[0]!.update : undefined })
    }
    doc.destroy()
    // a row that cannot be found again cannot be moved: stop rather than loop
    if (round > rows.length || !rows.some((r) => r.seq === failed.seq)) {
      return err({ kind: 'corrupt', message: `document ${key} cannot be built: ${failed.reason}` })
    }
    const moved = await storage.quarantine(key, failed.seq, failed.reason)
    if (!moved.ok) return moved
    log(`QUARANTINED row ${failed.seq} of ${key}: ${failed.reason} (see npm run doctor)`)
  }
}
