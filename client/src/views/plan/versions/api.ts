/** Typed calls to the snapshot API (shared/plan/snapshot-api.ts), on the one HTTP client. */
import { exportFileName, SnapshotDetail, SnapshotDiff, SnapshotList, SNAPSHOT_ROUTES, type ExportFormat } from '../../../../../shared/plan/snapshot-api'
import type { PaperSize } from '../../../../../shared/render/model'
import { ok, type Result } from '../../../../../shared/result'
import { call, request, type HttpError } from '../../../api/http'
import { downloadBlob } from '../../../ui/download'

export const snapshotsApi = {
  list: (ws: string, token: string) => call(SnapshotList, SNAPSHOT_ROUTES.list(ws), { token }),
  one: (ws: string, version: number, token: string) => call(SnapshotDetail, SNAPSHOT_ROUTES.one(ws, version), { token }),
  diff: (ws: string, a: number, b: number, token: string) => call(SnapshotDiff, SNAPSHOT_ROUTES.diff(ws, a, b), { token }),
  take: (ws: string, summary: string, token: string) => call(SnapshotDetail, SNAPSHOT_ROUTES.list(ws), { token, method: 'POST', body: { summary } }),
  markFinal: (ws: string, version: number, token: string) => call(SnapshotDetail, SNAPSHOT_ROUTES.final(ws, version), { token, method: 'POST', body: {} }),

  /** Fetches an export with the member token (links cannot carry it) and hands it to the browser as a download. */
  async download(ws: string, version: number, format: ExportFormat, title: string, token: string, paper?: PaperSize): Promise<Result<string, HttpError>> {
    const res = await request(SNAPSHOT_ROUTES.export(ws, version, format, paper), { token })
    if (!res.ok) return res
    const blob = await res.value.blob()
    const name = /filename="([^"]+)"/.exec(res.value.headers.get('content-disposition') ?? '')?.[1] ?? exportFileName(title, version, format)
    downloadBlob(blob, name)
    return ok(name)
  },
}
