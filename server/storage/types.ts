/**
 * The storage contract every backend implements (SQLite by default, Postgres for scale-out).
 * Failure policy: an append that fails returns an error and the caller must not relay the update;
 * a row that fails its checksum or cannot be decoded is reported as `corrupt`, never as "empty".
 */
import type { MemberRole, StakeholderRole, InviteRole } from '../../shared/auth/roles'
import type { Result } from '../../shared/result'
import type BetterSqlite3 from 'better-sqlite3'
import type pg from 'pg'
import type { SessionStorage } from './session-types'
import type { MonitoringReportStore } from '../monitoring/report-store'

export interface WorkspaceRow {
  readonly id: string
  readonly title: string
  readonly organisation: string
  readonly createdAt: string
}

export interface MemberRow {
  readonly id: string
  readonly workspaceId: string
  readonly displayName: string
  readonly role: MemberRole
  readonly stakeholderRole: StakeholderRole
  readonly tokenHash: string
  readonly joinedAt: string
}

export interface SnapshotRow {
  readonly workspaceId: string
  readonly version: number
  readonly createdAt: string
  readonly authorId: string
  readonly summary: string
  /** the plan document as JSON text, exactly as produced by the transform */
  readonly planJson: string
  /** Y update encoding the board state the plan came from */
  readonly docState: Uint8Array
}

/** A facilitator's mark that a version is the final one (the one a board signs); never removed. */
export interface SnapshotFinalRow {
  readonly workspaceId: string
  readonly version: number
  readonly markedBy: string
  readonly markedAt: string
}

export type StorageError =
  | { readonly kind: 'corrupt'; readonly message: string }
  | { readonly kind: 'unavailable'; readonly message: string }
  | { readonly kind: 'conflict'; readonly message: string }

export interface DocLog {
  /** updates in append order; the first may be a compacted state */
  readonly updates: readonly Uint8Array[]
  /** the same rows with their seqs */
  readonly rows: readonly SeqUpdate[]
  /** sequence number of the last row, 0 for a document never written */
  readonly lastSeq: number
  /** rows that failed their checksum during this load: moved to quarantine, not served */
  readonly quarantined: readonly QuarantineNote[]
}

/** why a stored row was moved aside instead of served */
export interface QuarantineNote {
  readonly seq: number
  readonly reason: string
}

/** a row kept aside: never served, never deleted, listed by the doctor command */
export interface QuarantinedRow extends QuarantineNote {
  readonly docKey: string
  readonly at: string
  readonly bytes: number
}

/** one stored row of a document's log; a compacted row stands for every seq up to its own */
export interface SeqUpdate {
  readonly seq: number
  readonly update: Uint8Array
}

/** the raw database, so a feature can keep its own tables beside these (server/orgs) */
export type StorageBackend =
  | { readonly kind: 'sqlite'; readonly db: BetterSqlite3.Database }
  | { readonly kind: 'postgres'; readonly pool: pg.Pool }

export interface Storage extends SessionStorage {
  /** absent on test doubles; features with their own tables need it */
  readonly backend?: StorageBackend
  /** reachable and answering (readiness) */
  ping(): Promise<Result<void, StorageError>>
  createWorkspace(ws: WorkspaceRow, creator: MemberRow): Promise<Result<void, StorageError>>
  getWorkspace(id: string): Promise<Result<WorkspaceRow | undefined, StorageError>>
  addMember(member: MemberRow): Promise<Result<void, StorageError>>
  memberByTokenHash(tokenHash: string): Promise<Result<MemberRow | undefined, StorageError>>
  listMembers(workspaceId: string): Promise<Result<readonly MemberRow[], StorageError>>
  setMemberRole(workspaceId: string, memberId: string, role: MemberRole): Promise<Result<boolean, StorageError>>
  /** invite tokens are derived (HMAC) from a per-workspace version; rotating bumps it */
  inviteVersion(workspaceId: string, role: InviteRole): Promise<Result<number, StorageError>>
  rotateInvite(workspaceId: string, role: InviteRole): Promise<Result<number, StorageError>>
  /** a long-lived server secret shared by every instance on this storage, created on first use */
  serverSecret(): Promise<Result<string, StorageError>>

  /**
   * durably appends one update and resolves with its seq only once it is committed; a document's
   * seqs are assigned in commit order, so the committed rows are always a gap-free prefix
   */
  appendUpdate(docKey: string, update: Uint8Array): Promise<Result<number, StorageError>>
  loadDoc(docKey: string): Promise<Result<DocLog, StorageError>>
  /** rows with seq > afterSeq in seq order (catch-up after a missed fan-out message) */
  updatesAfter(docKey: string, afterSeq: number): Promise<Result<readonly SeqUpdate[], StorageError>>
  /** the last appended seq of each named document (0 or absent for one never written) */
  lastSeqs(docKeys: readonly string[]): Promise<Result<ReadonlyMap<string, number>, StorageError>>
  /** replaces rows with seq ≤ upToSeq by `state` (which must contain all of them) */
  compact(docKey: string, upToSeq: number, state: Uint8Array): Promise<Result<void, StorageError>>
  /** moves one row of a document's log aside (with the reason); the document opens without it */
  quarantine(docKey: string, seq: number, reason: string): Promise<Result<void, StorageError>>
  /** quarantined rows of documents whose key starts with `prefix` (all when empty) */
  listQuarantine(prefix: string): Promise<Result<readonly QuarantinedRow[], StorageError>>
  /** keys of stored documents starting with `prefix` (all when empty) */
  listDocKeys(prefix: string): Promise<Result<readonly string[], StorageError>>
  /** bytes stored in the logs of documents whose key starts with `prefix` (quotas) */
  storedBytes(prefix: string): Promise<Result<number, StorageError>>

  insertSnapshot(row: Omit<SnapshotRow, 'version'>): Promise<Result<SnapshotRow, StorageError>>
  listSnapshots(workspaceId: string): Promise<Result<readonly Omit<SnapshotRow, 'planJson' | 'docState'>[], StorageError>>
  getSnapshot(workspaceId: string, version: number): Promise<Result<SnapshotRow | undefined, StorageError>>
  /** marks a version final once; marking it again keeps (and returns) the first mark */
  markSnapshotFinal(row: SnapshotFinalRow): Promise<Result<SnapshotFinalRow, StorageError>>
  listSnapshotFinals(workspaceId: string): Promise<Result<readonly SnapshotFinalRow[], StorageError>>

  /** immutable cadence report versions (server/monitoring) */
  readonly monitoringReports: MonitoringReportStore

  close(): Promise<void>
}
