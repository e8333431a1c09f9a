/**
 * POST /api/workspaces/:id/assets — a participant or facilitator uploads one image (raw bytes);
 * GET  /api/workspaces/:id/assets/:assetId — any member of that workspace reads it back.
 * Refusals say why: 413 past ASSET_MAX_BYTES, 415 when the bytes are not an allowed image type
 * (whatever the header claims), 507 past the workspace's ASSET_QUOTA_BYTES. Bytes are served with
 * nosniff and a sandboxing CSP, so even a mislabelled file cannot run script from our origin.
 */
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express'
import { createHash } from 'node:crypto'
import type { ApiError } from '../../shared/api/contract'
import { formatBytes } from '../../shared/sync/frame-budget'
import type { MemberAuth } from '../auth/member-auth'
import { authenticate } from '../http/auth'
import { fromStorage, sendFailure } from '../http/errors'
import { findWorkspace } from '../http/member-route'
import type { Storage } from '../storage/types'
import { ASSET_TYPES, sniffAssetType } from './sniff'
import type { AssetStore } from './types'

export interface AssetRouteDeps {
  readonly storage: Storage
  readonly auth: MemberAuth
  readonly assets: AssetStore | undefined
  readonly maxBytes: number
  readonly quotaBytes: number
  readonly now: () => Date
}

const mib = formatBytes
const ASSET_ID = /^[A-Za-z0-9_-]{43}$/

/** statuses the shared failure kinds do not have */
function refuse(res: Response, status: 413 | 415 | 507, code: string, message: string): void {
  const body: ApiError = { error: { code, message } }
  res.status(status).json(body)
}

export function assetRoutes(deps: AssetRouteDeps): { path: string; router: Router } {
  const router = express.Router()
  const tooLarge = `an upload may be at most ${mib(deps.maxBytes)}`

  const member = (roles?: readonly ('facilitator' | 'participant')[]) =>
    async (req: Request<{ id: string }>, res: Response, next: () => void) => {
      if (!deps.assets) return sendFailure(res, { kind: 'unavailable', message: 'this server has no asset storage' })
      const workspace = await findWorkspace(deps.storage, req.params.id)
      const found = workspace.ok ? await authenticate(deps.auth, req, workspace.value.id, roles) : workspace
      if (!found.ok) {
        // an observer (or anyone else refused) is answered before a byte of the body is read
        res.set('connection', 'close')
        return sendFailure(res, found.error)
      }
      res.locals.memberId = found.value.member.id
      next()
    }

  router.post(
    '/:id/assets',
    member(['facilitator', 'participant']),
    (req, res, next) => {
      const declared = Number(req.get('content-length') ?? 'NaN')
      if (Number.isFinite(declared) && declared > deps.maxBytes) {
        res.set('connection', 'close')
        return refuse(res, 413, 'too-large', tooLarge)
      }
      next()
    },
    express.raw({ type: () => true, limit: deps.maxBytes }),
    async (req: Request<{ id: string }>, res: Response) => {
      const body: unknown = req.body
      const data = Buffer.isBuffer(body) ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : new Uint8Array()
      if (data.byteLength === 0) return sendFailure(res, { kind: 'bad-request', message: 'send the image bytes as the request body' })
      const contentType = sniffAssetType(data)
      if (!contentType) return refuse(res, 415, 'unsupported-type', `only ${ASSET_TYPES.map((t) => t.replace('image/', '').toUpperCase()).join(', ')} images can be uploaded (SVG is not accepted)`)
      const id = createHash('sha256').update(data).digest('base64url')
      const workspaceId = req.params.id
      const put = await deps.assets!.put(
        { workspaceId, id, contentType, data, uploaderId: String(res.locals.memberId), createdAt: deps.now().toISOString() },
        deps.quotaBytes,
      )
      if (!put.ok) return sendFailure(res, fromStorage(put.error))
      if (put.value.kind === 'over-quota') {
        const { usedBytes, quotaBytes } = put.value
        return refuse(res, 507, 'quota-exceeded', `this workspace has used ${mib(usedBytes)} of its ${mib(quotaBytes)} for uploads; this file (${mib(data.byteLength)}) does not fit`)
      }
      res.status(put.value.kind === 'stored' ? 201 : 200).json({ id, contentType, size: data.byteLength, url: `/api/workspaces/${workspaceId}/assets/${id}` })
    },
  )

  router.get('/:id/assets/:assetId', member(), async (req: Request<{ id: string; assetId: string }>, res: Response) => {
    if (!ASSET_ID.test(req.params.assetId)) return sendFailure(res, { kind: 'not-found', message: 'no such asset' })
    const found = await deps.assets!.get(req.params.id, req.params.assetId)
    if (!found.ok) return sendFailure(res, fromStorage(found.error))
    if (!found.value) return sendFailure(res, { kind: 'not-found', message: 'no such asset in this workspace' })
    res.set({
      'content-type': found.value.contentType,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'content-disposition': 'inline',
      // the id is the content's hash: the bytes behind a URL never change
      'cache-control': 'private, max-age=31536000, immutable',
    })
    res.end(Buffer.from(found.value.data))
  })

  const onError: ErrorRequestHandler = (error: unknown, _req, res, next) => {
    if (typeof error === 'object' && error !== null && Reflect.get(error, 'type') === 'entity.too.large') return refuse(res, 413, 'too-large', tooLarge)
    next(error)
  }
  router.use(onError)
  return { path: '/api/workspaces', router }
}
