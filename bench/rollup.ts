/**
 * The organisation roll-ups over N workspaces on SQLite and on PostgreSQL, in this process, through
 * the server's own code (storage → board reader → pure roll-ups): the first roll-up (every board
 * read from storage and decoded), a repeated one (boards unchanged, served from the per-workspace
 * cache after one last-seq query each), the portfolio list, and the strategy library.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LEA_SELF_REFLECTION } from '../shared/content/lea-self-reflection'
import { causesByPractice, plansByPractice } from '../shared/domain/portfolio/by-practice'
import { rubricHeatmap } from '../shared/domain/portfolio/heatmap'
import { libraryStrategies } from '../shared/domain/portfolio/library'
import { memberAuth } from '../server/auth/member-auth'
import { originCheck } from '../server/http/origins'
import type { OrgDeps } from '../server/orgs/deps'
import { openOrgStore } from '../server/orgs/feature'
import { portfolioEntries, schoolsOf } from '../server/orgs/portfolio'
import { finalPlans } from '../server/orgs/rollup-routes'
import { schoolReader } from '../server/orgs/school-reader'
import { openPostgresStorage } from '../server/storage/postgres'
import { openSqliteStorage } from '../server/storage/sqlite'
import type { Storage } from '../server/storage/types'
import { seedOrganisation } from './rollup-fixture'

export interface RollupResult {
  readonly backend: 'SQLite' | 'PostgreSQL'
  readonly seedMs: number
  readonly coldMs: number
  readonly warmMs: number
  readonly portfolioMs: number
  readonly libraryMs: number
  readonly strategies: number
}

const unused = () => Promise.reject(new Error('the roll-up benchmark never writes documents'))

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now()
  await fn()
  return performance.now() - t
}

async function measure(backend: RollupResult['backend'], storage: Storage, schools: number): Promise<RollupResult> {
  const store = await openOrgStore(storage)
  if (!store) throw new Error('storage without a database handle')
  const t = performance.now()
  const orgId = await seedOrganisation(storage, store, schools)
  const seedMs = performance.now() - t
  const deps: OrgDeps = {
    store, storage, now: () => new Date(), publicUrl: undefined, sessionHours: 12, oidc: undefined,
    reader: schoolReader(storage), docs: { read: unused, state: unused, write: unused }, onMemberJoined: unused,
    auth: memberAuth({ storage, now: () => new Date(), idleMs: 86_400_000, ticketMs: 30_000 }), disconnect: () => undefined, originCheck: originCheck(undefined, undefined),
  }
  const rollups = async () => {
    const data = await schoolsOf(deps, orgId)
    if (!data.ok || data.value.length !== schools) throw new Error(`roll-up read ${data.ok ? data.value.length : data.error.message} of ${schools} schools`)
    rubricHeatmap(LEA_SELF_REFLECTION, data.value)
    causesByPractice(LEA_SELF_REFLECTION, data.value)
    plansByPractice(LEA_SELF_REFLECTION, data.value)
  }
  const coldMs = await timed(rollups)
  const warmMs = await timed(rollups)
  const portfolioMs = await timed(async () => {
    const r = await portfolioEntries({ ...deps, reader: schoolReader(storage) }, orgId)
    if (!r.ok || r.value.length !== schools) throw new Error('portfolio list incomplete')
  })
  let strategies = 0
  const libraryMs = await timed(async () => {
    const r = await finalPlans(deps, orgId)
    if (!r.ok) throw new Error(r.error.message)
    strategies = libraryStrategies(r.value).length
  })
  return { backend, seedMs, coldMs, warmMs, portfolioMs, libraryMs, strategies }
}

export async function runRollupSqlite(schools: number): Promise<RollupResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rootwork-bench-rollup-'))
  const storage = openSqliteStorage({ dataDir: dir })
  try {
    return await measure('SQLite', storage, schools)
  } finally {
    await storage.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** on a fresh database of the benchmark's private PostgreSQL (created and dropped here) */
export async function runRollupPostgres(databaseUrl: string, schools: number, rep: number): Promise<RollupResult> {
  const name = `rollup_bench_${process.pid}_${rep}`
  const admin = await openPostgresAdmin(databaseUrl)
  await admin.query(`CREATE DATABASE ${name}`)
  const url = new URL(databaseUrl)
  url.pathname = `/${name}`
  const storage = await openPostgresStorage({ connectionString: url.href })
  try {
    return await measure('PostgreSQL', storage, schools)
  } finally {
    await storage.close()
    await admin.query(`DROP DATABASE ${name}`)
    await admin.end()
  }
}

async function openPostgresAdmin(databaseUrl: string) {
  const pg = await import('pg')
  const client = new pg.default.Client({ connectionString: databaseUrl })
  await client.connect()
  return client
}
