/**
 * A stored plan → a downloadable file in one of the export formats. Every format escapes user text
 * (see shared/plan/escape.ts, docx.ts, pdf-layout.ts); the HTML one is also sent with a no-script
 * policy. Word and PDF files are laid out on a worker thread (paged-render.ts), off the event loop.
 */
import type { Response } from 'express'
import type { PlanDocument } from '../../shared/plan/document'
import { planToJson } from '../../shared/plan/document'
import { renderPlan, renderReview, type PlanRenderOptions } from '../../shared/plan/render-plan'
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../../shared/plan/snapshot-api'
import { renderHtml } from '../../shared/render/html'
import { renderMarkdown } from '../../shared/render/markdown'
import { pagedRenderer } from './paged-render'

export async function renderExport(plan: PlanDocument, format: ExportFormat, options: PlanRenderOptions): Promise<string | Buffer> {
  switch (format) {
    case 'docx':
      return pagedRenderer.render('docx', renderPlan(plan, options))
    case 'pdf':
      return pagedRenderer.render('pdf', renderPlan(plan, options))
    case 'md':
      return renderMarkdown(renderPlan(plan, options))
    case 'html':
      return renderHtml(renderPlan(plan, options))
    case 'review':
      return renderMarkdown(renderReview(plan, options))
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
