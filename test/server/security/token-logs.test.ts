/**
 * Member tokens never reach a log: a whole session (create, join, extra device, live editing,
 * role change with reconnects, removal, sign-out, bad requests) runs against a real server whose
 * log and console are captured, beside a proxy-style access log line built from every HTTP request
 * and upgrade URL. No member token may appear in any of them; personal links carry it in the fragment.
 */
import type { IncomingMessage } from 'node:http'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { Config } from '../../../server/config'
import { startServer, type RunningServer } from '../../../server/server'
import { openSqliteStorage } from '../../../server/storage/sqlite'
import type { Storage } from '../../../server/storage/types'
import { ROUTES } from '../../../shared/api/contract'
import { TEST_RATE_LIMITS } from '../../helpers/server'
import { createWorkspace, join, postJson } from '../../helpers/api'
import { connectSynced, rawConnect } from '../../helpers/sync'
import { waitFor } from '../../helpers/wait'

describe('tokens stay out of logs', () => {
  let server: RunningServer
  let storage: Storage
  const serverLog: string[] = []
  const accessLog: string[] = []
  const consoleLines: string[] = []
  beforeAll(async () => {
    for (const level of ['log', 'warn', 'error', 'info', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void consoleLines.push(args.map(String).join(' ')))
    }
    storage = openSqliteStorage({ dataDir: ':memory:' })
    const config = Config.parse({ PORT: '0', HOST: '127.0.0.1', UNLOAD_DELAY_MS: '0', ...TEST_RATE_LIMITS })
    server = await startServer(config, storage, (m, d) => void serverLog.push(`${m} ${d === undefined ? '' : JSON.stringify(d) ?? String(d)}`))
    // what nginx or a load balancer would write: one line per request and per upgrade, with the full URL
    const line = (req: IncomingMessage) => `127.0.0.1 - - [${new Date().toISOString()}] "${req.method} ${req.url} HTTP/${req.httpVersion}" "${req.headers['user-agent'] ?? '-'}"`
    server.http.prependListener('request', (req: IncomingMessage) => void accessLog.push(line(req)))
    server.http.prependListener('upgrade', (req: IncomingMessage) => void accessLog.push(line(req)))
  })
  afterAll(async () => {
    vi.restoreAllMocks()
    await server.close()
    await storage.close()
  })

  it('finds no member token in the server log, the console or the access log of a whole session', async () => {
    const created = await createWorkspace(server.url)
    const workspaceId = created.workspace.id
    const pat = await join(server.url, created, 'participant', 'Pat')
    const olu = await join(server.url, created, 'observer', 'Olu')
    const device = (await (await postJson(`${server.url}${ROUTES.devices(workspaceId)}`, {}, pat.memberToken)).json()) as { memberToken: string }
    const tokens = [created.memberToken, pat.memberToken, olu.memberToken, device.memberToken]

    const coach = await connectSynced(server.url, workspaceId, 'board', created.memberToken)
    const patBoard = await connectSynced(server.url, workspaceId, 'board', pat.memberToken)
    const patControl = await connectSynced(server.url, workspaceId, 'control', device.memberToken)
    patBoard.doc.getMap('swot').set('probe', new Y.Map())
    await waitFor(() => coach.doc.getMap('swot').has('probe'), 'the edit to reach the coach')

    // a role change closes Pat's sockets; the providers reconnect with fresh tickets
    await fetch(`${server.url}${ROUTES.memberRole(workspaceId, pat.member.id)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${created.memberToken}` },
      body: JSON.stringify({ role: 'observer' }),
    })
    await waitFor(() => patBoard.provider.synced && patControl.provider.synced, 'Pat to reconnect')
    // an observer opens the board with a ticket of their own
    const oluBoard = await rawConnect(server.url, `${workspaceId}/board`, olu.memberToken)
    oluBoard.ws.close()
    // bad requests of every kind are logged
    await postJson(`${server.url}${ROUTES.workspaces}`, { title: '', organisation: 'O', facilitatorName: 'F' }, created.memberToken)
    await fetch(`${server.url}${ROUTES.workspaces}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${pat.memberToken}` }, body: '{oops' })
    await fetch(`${server.url}${ROUTES.workspace(workspaceId)}`, { headers: { authorization: `Bearer ${tokens[0]!.slice(0, 30)}-wrong` } })
    await rawConnect(server.url, `${workspaceId}/board`, { query: '?ticket=not-a-ticket-0123456789' }).catch(() => undefined)
    await fetch(`${server.url}${ROUTES.signOut(workspaceId)}`, { method: 'POST', headers: { authorization: `Bearer ${device.memberToken}` } })
    await fetch(`${server.url}${ROUTES.member(workspaceId, olu.member.id)}`, { method: 'DELETE', headers: { authorization: `Bearer ${created.memberToken}` } })
    for (const c of [coach, patBoard, patControl]) c.destroy()

    // the probe itself is honest: the session produced log lines and an upgrade per connection
    expect(accessLog.filter((l) => l.includes('/sync/')).length).toBeGreaterThanOrEqual(5)
    expect(accessLog.every((l) => !l.includes('/sync/') || l.includes('?ticket='))).toBe(true)
    expect(serverLog.length).toBeGreaterThan(0)
    const everything = [...serverLog, ...consoleLines, ...accessLog]
    for (const token of tokens) {
      expect(everything.filter((l) => l.includes(token))).toEqual([])
    }

    for (const session of [created, pat, olu]) {
      const link = new URL(session.personalLink)
      expect(link.pathname + link.search).not.toContain(session.memberToken)
      expect(link.hash).toBe(`#token=${session.memberToken}`)
    }
  })
})
