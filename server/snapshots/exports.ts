/**
 * A stored plan → a downloadable file in one of the export formats. Every format escapes user text
 * (see shared/plan/escape.ts and docx.ts); the HTML one is also sent with a no-script policy.
 */
import type { Response } from 'express'
import type { PlanDocument } from '../../shared/plan/document'
import { planToJson } from '../../shared/plan/document'
import { exportHtml } from '../../shared/plan/html'
import { exportMarkdown } from '../../shared/plan/markdown'
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../../shared/plan/snapshot-api'
import { exportDocx } from './docx'

export async function renderExport(plan: PlanDocument, format: ExportFormat): Promise<string | Buffer> {
  switch (format) {
    case 'docx':
      return exportDocx(plan)
    case 'md':
      return exportMarkdown(plan)
    case 'html':
      return exportHtml(plan)
    case 'json':
      return planToJson(plan)
  }
}

export function sendExport(res: Response, body: string | Buffer, format: ExportFormat, meta: { title: string; version: number }): void {
  const name = exportFileName(meta.title, meta.version, format)
  res.status(200)
  res.set({
    'content-type': EXPORT_FORMATS[format].contentType,
    'content-disposition': `attachment; filename="${name}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
    // even if someone opens the HTML export from our origin, nothing in it can run
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
  })
  res.send(body)
}
