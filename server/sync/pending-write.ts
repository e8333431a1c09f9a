/**
 * What a document's writers hand to its write path: an update, who sent it, and the checks that
 * must be made against the live document as it is just before the update is applied (not as it was
 * when the message arrived: earlier updates of the same batch may have changed it since).
 */
import type { Result } from '../../shared/result'
import type { ORIGINS } from '../../shared/doc/origin'
import type { StorageError } from '../storage/types'

export interface Peer {
  send(message: Uint8Array): void
}

/**
 * why a submitted update was not stored: storage failed, it cannot be applied (`refused`), it is not
 * a Yjs update at all (`malformed`), a quota is full, a guard (board lock, breakout group) refused it,
 * or an earlier update of the same writer was refused (`dropped`: it may depend on the refused one)
 */
export type SubmitError = StorageError | { readonly kind: 'refused' | 'malformed' | 'quota' | 'guard' | 'dropped'; readonly message: string }

export interface SubmitOptions {
  /** a reason to refuse the update, judged just before it is applied; undefined lets it pass */
  readonly guard?: (() => string | undefined) | undefined
}

export interface PendingWrite {
  readonly update: Uint8Array
  readonly origin: Peer | typeof ORIGINS.server
  readonly guard: (() => string | undefined) | undefined
  readonly resolve: (result: Result<void, SubmitError>) => void
}

/** An update with no structs and no deletions, as Yjs encodes it (e.g. a sync step 2 with nothing missing). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0
}
