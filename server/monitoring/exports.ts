/**
 * A stored cadence report → a download, through the same block renderers as the plan exports
 * (Markdown, print HTML, Word, PDF), so a report looks like the plan it monitors. Word and PDF are
 * laid out on the export worker thread (see ../snapshots/paged-render.ts).
 */
import type { Response } from 'express'
import type { ReportFormat } from '../../shared/api/monitoring'
import { reportToJson, type ReportDocument } from '../../shared/domain/monitoring/report-document'
import { blocksHtml } from '../../shared/plan/html'
import { blocksMarkdown } from '../../shared/plan/markdown'
import { sendExport } from '../snapshots/exports'
import { pagedRenderer } from '../snapshots/paged-render'
import { plainDocument } from '../../shared/render/model'

export async function renderReport(report: ReportDocument, format: ReportFormat): Promise<string | Buffer> {
  switch (format) {
    case 'docx':
      return pagedRenderer.render('docx', plainDocument(report.title, report.blocks))
    case 'pdf':
      return pagedRenderer.render('pdf', plainDocument(report.title, report.blocks))
    case 'md':
      return blocksMarkdown(report.blocks)
    case 'html':
      return blocksHtml(report.title, report.blocks)
    case 'json':
      return reportToJson(report)
  }
}

export function sendReport(res: Response, body: string | Buffer, format: ReportFormat, version: number): void {
  sendExport(res, body, format, { title: 'monitoring report', version })
}
