import { describe, expect, it } from 'vitest'
import type Database from 'better-sqlite3'
import { openSqliteStorage } from '../../../server/storage/sqlite'
import { sqliteSql, type Sql } from '../../../server/orgs/sql'
import { orgStore } from '../../../server/orgs/store'
import { readStatements, tableScans } from '../../helpers/query-plans'

describe('organisation store on SQLite', () => {
  it('reads no whole table for any statement it runs: every lookup goes through a key or an index', async () => {
    const storage = openSqliteStorage({ dataDir: ':memory:' })
    const { db } = storage.backend as { kind: 'sqlite'; db: Database.Database }
    const real = sqliteSql(db)
    const seen = new Set<string>()
    const recording: Sql = {
      all: (sql, params) => (seen.add(sql), real.all(sql, params)),
      run: (sql, params) => (seen.add(sql), real.run(sql, params)),
    }
    const store = orgStore(recording)
    const at = '2026-12-02T00:00:00.000Z'
    const coach = { id: 'c1', issuer: 'https://idp.example', subject: 's1', email: 'c@example.org', displayName: 'Coach', createdAt: at }

    // every method once, so each statement the store has is prepared and run
    expect((await store.upsertCoach(coach)).ok).toBe(true)
    expect((await store.createOrg({ id: 'o1', name: 'District', createdAt: at }, 'c1')).ok).toBe(true)
    await store.getOrg('o1')
    await store.rotateOrgInvite('o1')
    await store.orgsOfCoach('c1')
    await store.roleInOrg('o1', 'c1')
    await store.addCoachToOrg('o1', 'c1', 'coach', at)
    await store.createSession('h1', 'c1', at, at)
    await store.sessionCoach('h1', at)
    await store.deleteSession('h1')
    await store.saveLogin({ idHash: 'l1', state: 's', nonce: 'n', verifier: 'v', returnTo: '/', createdAt: at })
    await store.takeLogin('l1')
    await store.attachWorkspace({ workspaceId: 'w1', orgId: 'o1', school: 'School', attachedAt: at, attachedBy: 'c1' })
    await store.orgOfWorkspace('w1')
    await store.listAttached('o1')
    await store.coachMember('c1', 'w1')
    await store.setCoachMember('c1', 'w1', 'm1')
    await store.touchActivity('w1', at)

    expect(readStatements(seen).length).toBeGreaterThanOrEqual(10)
    expect(tableScans(db, seen)).toEqual([])
    await storage.close()
  })
})
