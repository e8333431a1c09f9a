import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPostgresStorage } from '../../server/storage/postgres'
import { openSqliteStorage } from '../../server/storage/sqlite'
import type { Storage } from '../../server/storage/types'
import { startDevServices, type DevServices } from '../helpers/cluster'

const row = (workspaceId: string, period: string) => ({
  workspaceId, createdAt: '2027-01-31T00:00:00Z', authorId: 'm1', cadence: 'monthly', period, summary: '', reportJson: '{"x":1}', docState: new Uint8Array([1, 2, 3]),
})

describe('cadence report versions in both backends', () => {
  let services: DevServices
  const opened: Storage[] = []
  beforeAll(async () => {
    services = await startDevServices()
  })
  afterAll(async () => {
    for (const s of opened) await s.close()
    await services?.stop()
  })

  it.each([
    ['SQLite', async () => openSqliteStorage({ dataDir: ':memory:' })],
    ['PostgreSQL, two instances', async () => openPostgresStorage({ connectionString: services.databaseUrl })],
  ] as const)('%s: versions are numbered per workspace without gaps and read back byte for byte', async (_l, open) => {
    const a = await open()
    const b = _l.startsWith('PostgreSQL') ? await open() : a
    opened.push(a, ...(b === a ? [] : [b]))
    const ws = `ws-${Math.random().toString(36).slice(2, 10)}`
    const owner = { id: 'm1', workspaceId: ws, displayName: 'Coach', role: 'facilitator' as const, stakeholderRole: 'other' as const, tokenHash: `h-${ws}`, joinedAt: '' }
    expect((await a.createWorkspace({ id: ws, title: 't', organisation: 'o', createdAt: '' }, owner)).ok).toBe(true)
    const inserted = await Promise.all(['2026-09', '2026-10', '2026-11', '2026-12'].map((p, i) => (i % 2 ? b : a).monitoringReports.insert(row(ws, p))))
    expect(inserted.map((r) => (r.ok ? r.value.version : 0)).sort()).toEqual([1, 2, 3, 4])
    const list = await b.monitoringReports.list(ws)
    expect(list.ok && list.value.map((r) => r.version)).toEqual([1, 2, 3, 4])
    const one = await a.monitoringReports.get(ws, 2)
    expect(one.ok && one.value && [one.value.reportJson, [...one.value.docState]]).toEqual(['{"x":1}', [1, 2, 3]])
    const missing = await a.monitoringReports.get(ws, 9)
    expect(missing.ok && missing.value).toBeUndefined()
  })
})
