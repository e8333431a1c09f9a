import type Database from 'better-sqlite3'

/** the distinct statements that read a table (SELECT, UPDATE, DELETE): the ones `tableScans` asks about */
export const readStatements = (statements: Iterable<string>): string[] => [...new Set(statements)].filter((sql) => /^\s*(SELECT|UPDATE|DELETE)/i.test(sql))

/**
 * The whole-table scans SQLite's planner would run for these statements' reads, each as
 * "SCAN <table> — <statement>"; every `?` is bound to 'x'.
 */
export function tableScans(db: Database.Database, statements: Iterable<string>): string[] {
  return readStatements(statements).flatMap((sql) => {
    const params = (sql.match(/\?/g) ?? []).map(() => 'x')
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]
    return plan.filter((step) => /^SCAN /.test(step.detail)).map((step) => `${step.detail} — ${sql.replace(/\s+/g, ' ')}`)
  })
}
