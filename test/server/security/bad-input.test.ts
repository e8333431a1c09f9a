/**
 * Bad input gets a clear, exact answer: body-parser and content-encoding failures are 400/413/415
 * with a message and one log line (no stack, never 503); every zod 400 names its field, unknown keys
 * included; names reject control characters and lone surrogates.
 */
import { request } from 'node:http'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Config } from '../../../server/config'
import { startServer, type RunningServer } from '../../../server/server'
import { openSqliteStorage } from '../../../server/storage/sqlite'
import type { Storage } from '../../../server/storage/types'
import { ROUTES } from '../../../shared/api/contract'
import { ROUND_ROUTES } from '../../../shared/api/rounds'
import { RUBRIC_ROUTES } from '../../../shared/api/rubric'
import { SNAPSHOT_ROUTES } from '../../../shared/plan/snapshot-api'
import { TEST_RATE_LIMITS } from '../../helpers/server'
import { postJson, threeMembers } from '../../helpers/api'

/** a raw POST, so headers and bytes are exactly what the case says */
function rawPost(url: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number; json: { error?: { message: string; field?: string; code: string } } }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-length': String(body.length), ...headers } }, (res) => {
      let text = ''
      res.on('data', (d: Buffer) => (text += d.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text || '{}') as never }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

describe('bad input', () => {
  let server: RunningServer
  let storage: Storage
  const logs: string[] = []
  beforeAll(async () => {
    storage = openSqliteStorage({ dataDir: ':memory:' })
    server = await startServer(Config.parse({ PORT: '0', HOST: '127.0.0.1', UNLOAD_DELAY_MS: '0', ...TEST_RATE_LIMITS }), storage, (m, d) => void logs.push(`${m} ${d === undefined ? '' : String(d)}`))
  })
  afterAll(async () => {
    await server.close()
    await storage.close()
  })

  const json = { 'content-type': 'application/json' }
  const body = Buffer.from(JSON.stringify({ title: 'T', organisation: 'O', facilitatorName: 'F' }))
  it.each([
    ['a JSON body in latin1', { 'content-type': 'application/json; charset=latin1' }, body, 415, 'unsupported charset'],
    ['a brotli body that is not brotli', { ...json, 'content-encoding': 'br' }, body, 400, 'could not be decoded'],
    ['an invalid gzip body', { ...json, 'content-encoding': 'gzip' }, Buffer.from('definitely not gzip'), 400, 'could not be decoded'],
    ['an unknown content encoding', { ...json, 'content-encoding': 'x-squeeze' }, body, 415, 'unsupported Content-Encoding'],
    ['a body that is not JSON', json, Buffer.from('{"title": '), 400, 'not valid JSON'],
    ['a body over the size limit', json, Buffer.from(JSON.stringify({ title: 'x'.repeat(1_100_000) })), 413, 'too large'],
  ])('answers %s with %i and logs one line without a stack', async (_label, headers, bytes, status, message) => {
    const before = logs.length
    const res = await rawPost(`${server.url}${ROUTES.workspaces}`, headers, bytes)
    expect(res.status).toBe(status)
    expect(res.json.error?.message).toContain(message)
    const lines = logs.slice(before)
    expect(lines).toHaveLength(1)
    expect(lines[0]).not.toMatch(/\n\s+at /)
  })

  it('still accepts a well-formed gzip body', async () => {
    const res = await rawPost(`${server.url}${ROUTES.workspaces}`, { ...json, 'content-encoding': 'gzip' }, gzipSync(body))
    expect(res.status).toBe(201)
  })

  it('names the field in every 400, unknown keys included', async () => {
    const { workspaceId, facilitator, participant } = await threeMembers(server.url)
    const cases: [string, unknown, string, string | undefined][] = [
      [ROUTES.workspaces, { title: 'T', organisation: 'O', facilitatorName: 'F', extra: 1 }, 'extra', undefined],
      [ROUTES.workspaces, [1, 2], 'body', undefined],
      [ROUTES.join(workspaceId), { invite: 'x'.repeat(20), displayName: 'P', stakeholderRole: 'teacher', admin: true }, 'admin', undefined],
      [ROUTES.invitePreview(workspaceId), { invite: 'x'.repeat(20), extra: 1 }, 'extra', undefined],
      [ROUTES.syncTicket(workspaceId), { doc: 'board' }, 'doc', participant.memberToken],
      [ROUTES.devices(workspaceId), { name: 'laptop' }, 'name', participant.memberToken],
      [ROUTES.signOut(workspaceId), { everywhere: true }, 'everywhere', participant.memberToken],
      [RUBRIC_ROUTES.reveal(workspaceId), { domains: 'all', extra: 1 }, 'extra', facilitator.memberToken],
      [ROUND_ROUTES.reveal(workspaceId, 'round1'), { extra: 1 }, 'extra', facilitator.memberToken],
      [SNAPSHOT_ROUTES.list(workspaceId), { summary: 'v1', extra: 1 }, 'extra', facilitator.memberToken],
    ]
    for (const [path, payload, field, token] of cases) {
      const res = await postJson(`${server.url}${path}`, payload, token)
      const answer = (await res.json()) as { error: { field?: string; message: string } }
      expect({ path, status: res.status, field: answer.error.field }).toEqual({ path, status: 400, field })
      expect(answer.error.message.startsWith(`${field}: `)).toBe(true)
    }
    const role = await fetch(`${server.url}${ROUTES.memberRole(workspaceId, participant.member.id)}`, {
      method: 'PUT',
      headers: { ...json, authorization: `Bearer ${facilitator.memberToken}` },
      body: JSON.stringify({ role: 'facilitator', extra: 1 }),
    })
    expect(role.status).toBe(400)
    expect(((await role.json()) as { error: { field?: string } }).error.field).toBe('extra')
  })

  it.each([
    ['a NUL', 'Pat\u0000'],
    ['a vertical tab', 'Pat\u000BSmith'],
    ['an escape', 'Pat\u001B[31m'],
    ['a line break', 'Pat\nSmith'],
    ['a lone high surrogate', 'Pat\uD83D'],
    ['a lone low surrogate', '\uDE00Pat'],
  ])('rejects a name with %s, naming the field', async (_label, facilitatorName) => {
    const res = await postJson(`${server.url}${ROUTES.workspaces}`, { title: 'T', organisation: 'O', facilitatorName })
    expect(res.status).toBe(400)
    const answer = (await res.json()) as { error: { field?: string; message: string } }
    expect(answer.error.field).toBe('facilitatorName')
    expect(answer.error.message).toMatch(/facilitatorName must not contain (control characters|unpaired surrogate characters)/)
  })

  it('keeps names with emoji and accents', async () => {
    const res = await postJson(`${server.url}${ROUTES.workspaces}`, { title: 'Ñandú 😀 plan', organisation: 'École', facilitatorName: 'Zoë' })
    expect(res.status).toBe(201)
  })
})
