/**
 * The asset store that lives in the same database as a Storage: SQLite tables in its SQLite file,
 * PostgreSQL tables in its database. Undefined for a storage with no database handle (a test fake):
 * uploads then answer 503 rather than falling back to the local disk.
 */
import Database from 'better-sqlite3'
import pg from 'pg'
import type { Storage } from '../storage/types'
import { openPostgresAssetStore } from './postgres'
import { openSqliteAssetStore } from './sqlite'
import type { AssetStore } from './types'

export function assetStoreFor(storage: Storage): AssetStore | undefined {
  const sqlite: unknown = Reflect.get(storage, 'sqlite')
  if (sqlite instanceof Database) return openSqliteAssetStore(sqlite)
  const pool: unknown = Reflect.get(storage, 'pool')
  if (pool instanceof pg.Pool) return openPostgresAssetStore(pool)
  return undefined
}
