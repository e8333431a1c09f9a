/**
 * Images dropped on the whiteboard go to the server (POST /api/workspaces/:id/assets), never into
 * the document: the asset record holds only the server path. An <img> cannot send the member
 * token, so `resolve` fetches the bytes with it and hands tldraw an object URL (no credential in
 * any URL or server log); object URLs are cached per path and revoked on `dispose`. A `src` that
 * is not this workspace's asset path (a peer's record is untrusted) is not loaded, except the
 * inline images older boards hold.
 */
import type { TLAsset, TLAssetStore } from 'tldraw'
import { ApiError } from '../../../../shared/api/contract'

export interface AssetStoreDeps {
  readonly workspaceId: string
  readonly token: string
  /** tells the person why an upload was refused (quota, type) */
  readonly onRefused: (message: string) => void
  readonly fetch?: typeof fetch
}

export interface WhiteboardAssets extends TLAssetStore {
  dispose(): void
}

const INLINE_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,/

async function failureMessage(res: Response): Promise<string> {
  const parsed = ApiError.safeParse(await res.json().catch(() => undefined))
  return parsed.success ? parsed.data.error.message : `the server answered ${res.status}`
}

export function createWhiteboardAssets({ workspaceId, token, onRefused, fetch: fetchFn = fetch }: AssetStoreDeps): WhiteboardAssets {
  const base = `/api/workspaces/${workspaceId}/assets`
  const cache = new Map<string, Promise<string | null>>()
  const urls = new Set<string>()
  let disposed = false
  const authorization = `Bearer ${token}`

  const load = async (src: string): Promise<string | null> => {
    const res = await fetchFn(src, { headers: { authorization } }).catch(() => undefined)
    if (!res?.ok) {
      cache.delete(src) // try again next time it is drawn
      return null
    }
    const url = URL.createObjectURL(await res.blob())
    if (disposed) {
      URL.revokeObjectURL(url)
      return null
    }
    urls.add(url)
    return url
  }

  return {
    async upload(_asset: TLAsset, file: File, abortSignal?: AbortSignal) {
      const res = await fetchFn(base, {
        method: 'POST',
        headers: { authorization, 'content-type': file.type || 'application/octet-stream' },
        body: file,
        ...(abortSignal ? { signal: abortSignal } : {}),
      })
      if (!res.ok) {
        const message = `The image was not added: ${await failureMessage(res)}.`
        onRefused(message)
        throw new Error(message)
      }
      const body: unknown = await res.json()
      const url: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'url') : undefined
      if (typeof url !== 'string' || !url.startsWith(`${base}/`)) throw new Error('the server sent an unexpected answer')
      return { src: url }
    },
    resolve(asset: TLAsset) {
      const src = asset.props.src
      if (!src) return null
      if (INLINE_IMAGE.test(src)) return src
      if (!src.startsWith(`${base}/`) || src.includes('..')) return null
      let found = cache.get(src)
      if (!found) {
        found = load(src)
        cache.set(src, found)
      }
      return found
    },
    dispose() {
      disposed = true
      for (const url of urls) URL.revokeObjectURL(url)
      urls.clear()
      cache.clear()
    },
  }
}
