/**
 * The few SQL calls the organisation store needs, over either backend. Statements use `?`
 * placeholders; the PostgreSQL executor numbers them. Rows come back as unknown (parsed by the store).
 */
import type BetterSqlite3 from 'better-sqlite3'
import type pg from 'pg'
import { ORG_TABLES } from './schema'

export interface Sql {
  all(sql: string, params?: readonly unknown[]): Promise<unknown[]>
  /** rows changed */
  run(sql: string, params?: readonly unknown[]): Promise<number>
}

export function sqliteSql(db: BetterSqlite3.Database): Sql {
  for (const ddl of ORG_TABLES) db.exec(ddl)
  const cache = new Map<string, BetterSqlite3.Statement>()
  const prepared = (sql: string) => {
    let st = cache.get(sql)
    if (!st) cache.set(sql, (st = db.prepare(sql)))
    return st
  }
  return {
    all: async (sql, params = []) => {
      const st = prepared(sql)
      return st.reader ? st.all(...params) : (st.run(...params), [])
    },
    run: async (sql, params = []) => prepared(sql).run(...params).changes,
  }
}

/** an arbitrary constant: the advisory lock instances take while creating these tables */
const ORG_MIGRATION_LOCK = 7_261_017

const numbered = (sql: string) => {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}

export async function postgresSql(pool: pg.Pool): Promise<Sql> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [ORG_MIGRATION_LOCK])
    for (const ddl of ORG_TABLES) await client.query(ddl)
    await client.query('COMMIT')
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw e
  } finally {
    client.release()
  }
  return {
    all: async (sql, params = []) => (await pool.query(numbered(sql), [...params])).rows,
    run: async (sql, params = []) => (await pool.query(numbered(sql), [...params])).rowCount ?? 0,
  }
}
