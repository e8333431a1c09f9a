import type Database from 'better-sqlite3'

/**
 * The whole-table scans SQLite's planner would run for these statements, each as
 * "SCAN <table> — <statement>". Only reads are asked (SELECT, UPDATE, DELETE); every `?` is bound to 'x'.
 */
export function tableScans(db: Database.Database, statements: Iterable<string>): string[] {
  const reads = [...new Set(statements)].filter((sql) => /^\s*(SELECT|UPDATE|DELETE)/i.test(sql))
  return reads.flatMap((sql) => {
    const params = (sql.match(/\?/g) ?? []).map(() => 'x')
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]
    return plan.filter((step) => /^SCAN /.test(step.detail)).map((step) => `${step.detail} — ${sql.replace(/\s+/g, ' ')}`)
  })
}

/** how many of these statements `tableScans` asks about */
export const readStatements = (statements: Iterable<string>): number => [...new Set(statements)].filter((sql) => /^\s*(SELECT|UPDATE|DELETE)/i.test(sql)).length
