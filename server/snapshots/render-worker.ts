/**
 * The worker thread that lays out Word and PDF files (see paged-render.ts). It holds `docx` and
 * `pdfkit`, answers one job at a time in the order asked, and never touches storage or sockets: it
 * is given a RenderDocument (plain data) and hands back the file's bytes.
 */
import { parentPort } from 'node:worker_threads'
import type { RenderDocument } from '../../shared/render/model'
import { renderDocx } from './docx'
import { renderPdf } from './pdf'

export type PagedFormat = 'docx' | 'pdf'

export interface RenderJob {
  readonly id: number
  readonly format: PagedFormat
  readonly doc: RenderDocument
}

export type RenderReply = { readonly id: number; readonly ok: true; readonly bytes: Uint8Array } | { readonly id: number; readonly ok: false; readonly message: string }

function renderPagedHere(format: PagedFormat, doc: RenderDocument): Promise<Buffer> {
  return format === 'docx' ? renderDocx(doc) : renderPdf(doc)
}

const port = parentPort
if (port) {
  let queue = Promise.resolve()
  port.on('message', (job: RenderJob) => {
    queue = queue.then(async () => {
      try {
        const file = await renderPagedHere(job.format, job.doc)
        // a copy the size of the file: a Buffer can share a pooled ArrayBuffer, which must not be moved
        const bytes = new Uint8Array(file)
        port.postMessage({ id: job.id, ok: true, bytes } satisfies RenderReply, [bytes.buffer])
      } catch (e) {
        port.postMessage({ id: job.id, ok: false, message: e instanceof Error ? e.message : String(e) } satisfies RenderReply)
      }
    })
  })
}
