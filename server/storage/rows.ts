/** Stored rows are a trust boundary too: parse them, and report a row that does not parse as corrupt. */
import * as z from 'zod'
import { crc32 } from 'node:zlib'
import { MEMBER_ROLES, STAKEHOLDER_ROLE_IDS } from '../../shared/auth/roles'
import { err, ok, type Result } from '../../shared/result'
import type { MemberRow, QuarantineNote, SeqUpdate, StorageError } from './types'

const MemberRecord = z.object({
  id: z.string(),
  workspace_id: z.string(),
  display_name: z.string(),
  role: z.enum(MEMBER_ROLES),
  stakeholder_role: z.enum(STAKEHOLDER_ROLE_IDS),
  token_hash: z.string(),
  joined_at: z.string(),
})

export function parseMemberRow(raw: unknown): Result<MemberRow, StorageError> {
  const parsed = MemberRecord.safeParse(raw)
  if (!parsed.success) return err({ kind: 'corrupt', message: `member row: ${parsed.error.issues[0]?.message ?? 'invalid'}` })
  const r = parsed.data
  return ok({
    id: r.id,
    workspaceId: r.workspace_id,
    displayName: r.display_name,
    role: r.role,
    stakeholderRole: r.stakeholder_role,
    tokenHash: r.token_hash,
    joinedAt: r.joined_at,
  })
}

/** Every stored update carries a CRC so a damaged row is detected instead of half-applied. */
export const checksum = (data: Uint8Array): number => crc32(data)

export function verifyUpdateRow(docKey: string, seq: number, data: unknown, crc: unknown): Result<Uint8Array, StorageError> {
  if (!(data instanceof Uint8Array) || typeof crc !== 'number' || checksum(data) !== crc) {
    return err({ kind: 'corrupt', message: `document ${docKey}: update ${seq} failed its checksum` })
  }
  return ok(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
}

// PostgreSQL returns BIGINT as text, SQLite as a number: both are coerced
const UpdateRecord = z.object({ seq: z.coerce.number().int().positive(), data: z.instanceof(Uint8Array), crc: z.coerce.number().int() })

/**
 * Splits raw log rows (SQLite or PostgreSQL) into rows that may be served and rows that must be
 * quarantined. A bad row is reported, never dropped silently and never read as "empty".
 */
export function verifyUpdateRows(docKey: string, raws: readonly unknown[]): { rows: SeqUpdate[]; bad: QuarantineNote[] } {
  const rows: SeqUpdate[] = []
  const bad: QuarantineNote[] = []
  for (const raw of raws) {
    const parsed = UpdateRecord.safeParse(raw)
    if (!parsed.success) {
      const seq = typeof raw === 'object' && raw !== null && 'seq' in raw ? Number(raw.seq) : NaN
      if (Number.isInteger(seq)) bad.push({ seq, reason: 'row does not parse' })
      continue
    }
    const verified = verifyUpdateRow(docKey, parsed.data.seq, parsed.data.data, parsed.data.crc)
    if (verified.ok) rows.push({ seq: parsed.data.seq, update: verified.value })
    else bad.push({ seq: parsed.data.seq, reason: 'failed its checksum' })
  }
  return { rows, bad }
}
