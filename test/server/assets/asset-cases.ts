/**
 * The asset routes' contract, as raw HTTP clients see it, run against any storage (SQLite here,
 * PostgreSQL in test/cluster). `start` gives a server with ASSET_MAX_BYTES and ASSET_QUOTA_BYTES
 * set as passed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join, threeMembers } from '../../helpers/api'

export interface AssetServer {
  readonly url: string
  stop(): Promise<void>
}

export const LIMITS = { ASSET_MAX_BYTES: String(64 * 1024), ASSET_QUOTA_BYTES: String(150 * 1024) }

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** bytes that start like a PNG; `seed` makes each one distinct (assets are content-addressed) */
export function pngBytes(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size)
  bytes.set(PNG_SIGNATURE)
  for (let i = PNG_SIGNATURE.length; i < size; i++) bytes[i] = (i * 31 + seed * 7) & 0xff
  return bytes
}

export function upload(base: string, workspaceId: string, token: string, body: Uint8Array<ArrayBuffer>, contentType = 'image/png'): Promise<Response> {
  return fetch(`${base}/api/workspaces/${workspaceId}/assets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body,
  })
}

export function download(base: string, workspaceId: string, token: string | undefined, assetId: string): Promise<Response> {
  return fetch(`${base}/api/workspaces/${workspaceId}/assets/${assetId}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
}

export function describeAssetRoutes(label: string, start: (env: Record<string, string>) => Promise<AssetServer>): void {
  describe(`whiteboard uploads on ${label}`, () => {
    let server: AssetServer
    beforeAll(async () => {
      server = await start(LIMITS)
    }, 60_000)
    afterAll(() => server?.stop())

    it('stores an image a participant uploads and serves the same bytes to every member, safely labelled', async () => {
      const { workspaceId, participant, observer } = await threeMembers(server.url)
      const bytes = pngBytes(40 * 1024)
      const res = await upload(server.url, workspaceId, participant.memberToken, bytes)
      expect(res.status).toBe(201)
      const body = (await res.json()) as { id: string; url: string; contentType: string; size: number }
      expect(body).toMatchObject({ contentType: 'image/png', size: bytes.byteLength, url: `/api/workspaces/${workspaceId}/assets/${body.id}` })
      const got = await download(server.url, workspaceId, observer.memberToken, body.id)
      expect(got.status).toBe(200)
      expect(got.headers.get('content-type')).toBe('image/png')
      expect(got.headers.get('x-content-type-options')).toBe('nosniff')
      expect(got.headers.get('content-security-policy')).toContain('sandbox')
      expect(new Uint8Array(await got.arrayBuffer())).toEqual(bytes)
    })

    it('answers the same id when the same image is uploaded twice, and stores it once', async () => {
      const { workspaceId, facilitator } = await threeMembers(server.url)
      const bytes = pngBytes(30 * 1024, 2)
      const first = (await (await upload(server.url, workspaceId, facilitator.memberToken, bytes)).json()) as { id: string }
      const again = await upload(server.url, workspaceId, facilitator.memberToken, bytes)
      expect(again.status).toBe(200)
      expect(((await again.json()) as { id: string }).id).toBe(first.id)
    })

    it('refuses an upload from an observer with 403 and stores nothing', async () => {
      const { workspaceId, observer, participant } = await threeMembers(server.url)
      const res = await upload(server.url, workspaceId, observer.memberToken, pngBytes(1024, 3))
      expect(res.status).toBe(403)
      const listed = await upload(server.url, workspaceId, participant.memberToken, pngBytes(1024, 3))
      expect(listed.status).toBe(201) // first time stored: the observer's attempt left nothing behind
    })

    it('refuses a file over ASSET_MAX_BYTES with 413 and a message naming the limit', async () => {
      const { workspaceId, participant } = await threeMembers(server.url)
      const res = await upload(server.url, workspaceId, participant.memberToken, pngBytes(64 * 1024 + 1, 4))
      expect(res.status).toBe(413)
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('at most 64 KiB')
    })

    it.each([
      ['an SVG, even when labelled as a PNG', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/png'],
      ['an HTML page labelled as an image', new TextEncoder().encode('<!doctype html><script>alert(1)</script>'), 'image/jpeg'],
      ['random bytes', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 'application/octet-stream'],
    ])('refuses %s with 415, judging by the bytes', async (_label, bytes, header) => {
      const { workspaceId, participant } = await threeMembers(server.url)
      const res = await upload(server.url, workspaceId, participant.memberToken, bytes, header)
      expect(res.status).toBe(415)
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('PNG')
    })

    it('refuses a member of another workspace with 403, uploading or reading', async () => {
      const a = await threeMembers(server.url)
      const b = await threeMembers(server.url)
      const stored = (await (await upload(server.url, a.workspaceId, a.participant.memberToken, pngBytes(2048, 5))).json()) as { id: string }
      expect((await download(server.url, a.workspaceId, b.participant.memberToken, stored.id)).status).toBe(403)
      expect((await upload(server.url, a.workspaceId, b.facilitator.memberToken, pngBytes(2048, 6))).status).toBe(403)
      // and workspace b cannot reach a's asset through its own path either
      expect((await download(server.url, b.workspaceId, b.participant.memberToken, stored.id)).status).toBe(404)
    })

    it('refuses a read without a token with 401', async () => {
      const { workspaceId, participant } = await threeMembers(server.url)
      const stored = (await (await upload(server.url, workspaceId, participant.memberToken, pngBytes(2048, 7))).json()) as { id: string }
      expect((await download(server.url, workspaceId, undefined, stored.id)).status).toBe(401)
    })

    it('refuses an upload past the workspace quota with 507 and keeps what was stored', async () => {
      const created = await threeMembers(server.url)
      const other = await join(server.url, created.created, 'participant', 'Second Participant')
      const stored: string[] = []
      for (const seed of [10, 11]) {
        const res = await upload(server.url, created.workspaceId, created.participant.memberToken, pngBytes(60 * 1024, seed))
        expect(res.status).toBe(201)
        stored.push(((await res.json()) as { id: string }).id)
      }
      const over = await upload(server.url, created.workspaceId, other.memberToken, pngBytes(60 * 1024, 12))
      expect(over.status).toBe(507)
      expect(((await over.json()) as { error: { message: string } }).error.message).toContain('used 120 KiB of its 150 KiB')
      for (const id of stored) expect((await download(server.url, created.workspaceId, other.memberToken, id)).status).toBe(200)
    })
  })
}
