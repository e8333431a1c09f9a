/**
 * Security headers from the server itself (the browser test proves the CSP works with the app):
 * HSTS only over https, frame-ancestors configurable for an embedding portal, and the plan exports
 * keep their own sandboxing CSP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROUTES } from '../../../shared/api/contract'
import { SNAPSHOT_ROUTES } from '../../../shared/plan/snapshot-api'
import { postJson, threeMembers } from '../../helpers/api'
import { startTestServer, type TestServer } from '../../helpers/server'

describe('security headers', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.stop())

  it('sends HSTS only when the request came over https (through a trusted local proxy)', async () => {
    const plain = await fetch(`${server.url}${ROUTES.config}`)
    expect(plain.headers.get('strict-transport-security')).toBeNull()
    const proxied = await fetch(`${server.url}${ROUTES.config}`, { headers: { 'x-forwarded-proto': 'https' } })
    expect(proxied.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
  })

  it('sends the CSP, nosniff, no-referrer and DENY framing on API responses too', async () => {
    const res = await fetch(`${server.url}${ROUTES.config}`)
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
  })

  it('lets a configured portal frame the app, and then drops X-Frame-Options', async () => {
    const portal = await startTestServer({ FRAME_ANCESTORS: 'https://portal.district.example' })
    try {
      const res = await fetch(`${portal.url}${ROUTES.config}`)
      expect(res.headers.get('content-security-policy')).toContain('frame-ancestors https://portal.district.example')
      expect(res.headers.get('x-frame-options')).toBeNull()
    } finally {
      await portal.stop()
    }
  })

  it('keeps the exports’ own sandboxing CSP', async () => {
    const { workspaceId, facilitator } = await threeMembers(server.url)
    expect((await postJson(`${server.url}${SNAPSHOT_ROUTES.list(workspaceId)}`, { summary: 'first' }, facilitator.memberToken)).status).toBe(201)
    const res = await fetch(`${server.url}${SNAPSHOT_ROUTES.export(workspaceId, 1, 'html')}`, { headers: { authorization: `Bearer ${facilitator.memberToken}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox")
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
  })
})
