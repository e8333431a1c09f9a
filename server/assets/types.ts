/**
 * The asset contract: bytes dropped on the whiteboard (images) stored beside the documents, in the
 * same configured storage (SQLite or PostgreSQL), never inside a document update. An asset is
 * addressed by the SHA-256 of its bytes within its workspace, so uploading the same image twice
 * stores it once and costs the quota once. A put that would pass the workspace's quota stores
 * nothing and says how much is used.
 */
import type { Result } from '../../shared/result'
import type { StorageError } from '../storage/types'

export interface NewAsset {
  readonly workspaceId: string
  /** base64url SHA-256 of `data` */
  readonly id: string
  /** sniffed from the bytes, never taken from the request */
  readonly contentType: string
  readonly data: Uint8Array
  readonly uploaderId: string
  readonly createdAt: string
}

export interface StoredAsset {
  readonly id: string
  readonly contentType: string
  readonly data: Uint8Array
}

export type PutOutcome =
  | { readonly kind: 'stored' }
  /** the same bytes were already uploaded to this workspace */
  | { readonly kind: 'existing' }
  | { readonly kind: 'over-quota'; readonly usedBytes: number; readonly quotaBytes: number }

export interface AssetStore {
  put(asset: NewAsset, quotaBytes: number): Promise<Result<PutOutcome, StorageError>>
  get(workspaceId: string, id: string): Promise<Result<StoredAsset | undefined, StorageError>>
  /** bytes stored for the workspace */
  usage(workspaceId: string): Promise<Result<number, StorageError>>
}
