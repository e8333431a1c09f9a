import { describe, expect, it } from 'vitest'
import { AssetRecordType, type TLAsset, type TLAssetContext } from 'tldraw'
import { createWhiteboardAssets } from '../../../client/src/views/whiteboard/asset-store'

const WS = 'ws-123456'
const ctx: TLAssetContext = { screenScale: 1, steppedScreenScale: 1, dpr: 1, networkEffectiveType: null, shouldResolveToOriginal: false }

function image(src: string | null): TLAsset {
  return AssetRecordType.create({
    id: AssetRecordType.createId('a'),
    type: 'image',
    props: { name: 'x.png', src, w: 10, h: 10, mimeType: 'image/png', isAnimated: false },
  })
}

/** a fetch that records what it was asked and answers from a table */
function fakeFetch(answers: Record<string, () => Response>) {
  const calls: { url: string; auth: string | null; method: string }[] = []
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input)
    calls.push({ url, auth: new Headers(init?.headers).get('authorization'), method: init?.method ?? 'GET' })
    const answer = answers[url]
    return answer ? answer() : new Response('{}', { status: 404 })
  }) as typeof fetch
  return { fn, calls }
}

describe('the whiteboard asset store', () => {
  it('uploads the file with the member token and keeps only the server path in the document', async () => {
    const { fn, calls } = fakeFetch({ [`/api/workspaces/${WS}/assets`]: () => Response.json({ url: `/api/workspaces/${WS}/assets/abc` }, { status: 201 }) })
    const assets = createWhiteboardAssets({ workspaceId: WS, token: 'tok', onRefused: () => undefined, fetch: fn })
    const out = await assets.upload(image(null), new File([new Uint8Array([1, 2])], 'x.png', { type: 'image/png' }))
    expect(out).toEqual({ src: `/api/workspaces/${WS}/assets/abc` })
    expect(calls).toEqual([{ url: `/api/workspaces/${WS}/assets`, auth: 'Bearer tok', method: 'POST' }])
  })

  it('tells the person why the server refused an upload, and fails it', async () => {
    const { fn } = fakeFetch({ [`/api/workspaces/${WS}/assets`]: () => Response.json({ error: { code: 'quota-exceeded', message: 'this workspace is full' } }, { status: 507 }) })
    const refused: string[] = []
    const assets = createWhiteboardAssets({ workspaceId: WS, token: 'tok', onRefused: (m) => refused.push(m), fetch: fn })
    await expect(assets.upload(image(null), new File([new Uint8Array([1])], 'x.png', { type: 'image/png' }))).rejects.toThrow('this workspace is full')
    expect(refused).toEqual(['The image was not added: this workspace is full.'])
  })

  it('reads an image of this workspace with the token, once, as an object URL', async () => {
    const src = `/api/workspaces/${WS}/assets/abc`
    const { fn, calls } = fakeFetch({ [src]: () => new Response(new Blob([new Uint8Array([137, 80])], { type: 'image/png' })) })
    const assets = createWhiteboardAssets({ workspaceId: WS, token: 'tok', onRefused: () => undefined, fetch: fn })
    const [a, b] = await Promise.all([assets.resolve!(image(src), ctx), assets.resolve!(image(src), ctx)])
    expect(a).toMatch(/^blob:/)
    expect(b).toBe(a)
    expect(calls).toEqual([{ url: src, auth: 'Bearer tok', method: 'GET' }])
    assets.dispose()
  })

  it.each([
    ['an outside URL a peer wrote into the document', 'https://tracker.example/pixel.png'],
    ['another workspace’s asset', '/api/workspaces/other-ws/assets/abc'],
    ['a path that climbs out of the asset folder', `/api/workspaces/${WS}/assets/../../admin`],
    ['an inline SVG', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='],
  ])('never loads %s', async (_label, src) => {
    const { fn, calls } = fakeFetch({})
    const assets = createWhiteboardAssets({ workspaceId: WS, token: 'tok', onRefused: () => undefined, fetch: fn })
    expect(await assets.resolve!(image(src), ctx)).toBeNull()
    expect(calls).toEqual([])
  })

  it('still shows the inline images older boards hold', async () => {
    const assets = createWhiteboardAssets({ workspaceId: WS, token: 't', onRefused: () => undefined, fetch: fakeFetch({}).fn })
    const inline = 'data:image/png;base64,iVBORw0KGgo='
    expect(await assets.resolve!(image(inline), ctx)).toBe(inline)
  })
})
