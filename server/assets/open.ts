/**
 * The asset store that lives in the same database as a Storage: SQLite tables in its SQLite file,
 * PostgreSQL tables in its database. Undefined for a storage with no database handle (a test fake):
 * uploads then answer 503 rather than falling back to the local disk.
 */
import type { Storage } from '../storage/types'
import { openPostgresAssetStore } from './postgres'
import { openSqliteAssetStore } from './sqlite'
import type { AssetStore } from './types'

export function assetStoreFor(storage: Storage): AssetStore | undefined {
  const backend = storage.backend
  if (!backend) return undefined
  return backend.kind === 'sqlite' ? openSqliteAssetStore(backend.db) : openPostgresAssetStore(backend.pool)
}
