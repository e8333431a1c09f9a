/** Typed calls to the snapshot API (shared/plan/snapshot-api.ts); failures are values, like api/client.ts. */
import type { z } from 'zod'
import { ApiError } from '../../../../../shared/api/contract'
import { exportFileName, SnapshotDetail, SnapshotDiff, SnapshotList, SNAPSHOT_ROUTES, type ExportFormat } from '../../../../../shared/plan/snapshot-api'
import type { PaperSize } from '../../../../../shared/render/model'
import { err, ok, type Result } from '../../../../../shared/result'
import type { ClientError } from '../../../api/client'
import { downloadBlob } from '../../../ui/download'

async function request(path: string, token: string, init: RequestInit = {}): Promise<Result<Response, ClientError>> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` }
  if (init.body) headers['content-type'] = 'application/json'
  let res: Response
  try {
    res = await fetch(path, { ...init, headers })
  } catch {
    return err({ status: 0, message: 'Cannot reach the server. Check your connection and try again.' })
  }
  if (res.ok) return ok(res)
  const parsed = ApiError.safeParse(await res.json().catch(() => undefined))
  return err(parsed.success ? { status: res.status, ...parsed.data.error } : { status: res.status, message: `The server answered ${res.status}.` })
}

async function json<S extends z.ZodType>(schema: S, path: string, token: string, init?: RequestInit): Promise<Result<z.infer<S>, ClientError>> {
  const res = await request(path, token, init)
  if (!res.ok) return res
  const parsed = schema.safeParse(await res.value.json().catch(() => undefined))
  return parsed.success ? ok(parsed.data) : err({ status: res.value.status, message: 'The server sent an unexpected answer.' })
}

export const snapshotsApi = {
  list: (ws: string, token: string) => json(SnapshotList, SNAPSHOT_ROUTES.list(ws), token),
  one: (ws: string, version: number, token: string) => json(SnapshotDetail, SNAPSHOT_ROUTES.one(ws, version), token),
  diff: (ws: string, a: number, b: number, token: string) => json(SnapshotDiff, SNAPSHOT_ROUTES.diff(ws, a, b), token),
  take: (ws: string, summary: string, token: string) => json(SnapshotDetail, SNAPSHOT_ROUTES.list(ws), token, { method: 'POST', body: JSON.stringify({ summary }) }),
  markFinal: (ws: string, version: number, token: string) => json(SnapshotDetail, SNAPSHOT_ROUTES.final(ws, version), token, { method: 'POST', body: '{}' }),

  /** Fetches an export with the member token (links cannot carry it) and hands it to the browser as a download. */
  async download(ws: string, version: number, format: ExportFormat, title: string, token: string, paper?: PaperSize): Promise<Result<string, ClientError>> {
    const res = await request(SNAPSHOT_ROUTES.export(ws, version, format, paper), token)
    if (!res.ok) return res
    const blob = await res.value.blob()
    const name = /filename="([^"]+)"/.exec(res.value.headers.get('content-disposition') ?? '')?.[1] ?? exportFileName(title, version, format)
    downloadBlob(blob, name)
    return ok(name)
  },
}
