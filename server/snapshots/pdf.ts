/**
 * A RenderDocument as PDF, drawn on the server with pdfkit (no browser, no external binary): the
 * same cover, contents, running header, "Page X of Y" footer and pagination rules as the Word
 * export. The document is laid out twice — the first pass finds the page of each heading for the
 * contents, the second writes it. pdfkit is loaded only when a PDF is asked for (see exports.ts).
 */
import type PDFDocumentType from 'pdfkit'
import { hasCover, pageLabel, PAPER_SIZES, runningHeader, TOC_TITLE, tocEntries, type Block, type RenderDocument } from '../../shared/render/model'
import { Cursor, drawTable, FONT, printable, type Pdf } from './pdf-layout'

const HEADING_SIZE = { 1: 18, 2: 15, 3: 12.5, 4: 11, 5: 10.5 } as const
const MARGIN = { letter: 72, a4: 70.9 } as const

/** Room a heading needs below it: the short paragraphs that introduce what follows, and a bit of that. */
function keepWith(c: Cursor, next: readonly Block[]): number {
  let h = 0
  for (const b of next.slice(0, 3)) {
    if (b.type !== 'paragraph') return h + 48
    h += c.height(b.text, FONT.regular, 10, c.width) + 6
  }
  return h + 24
}

function drawBlock(c: Cursor, b: Block, next: readonly Block[], onHeading: (text: string, level: number) => void): void {
  switch (b.type) {
    case 'heading': {
      const size = HEADING_SIZE[b.level]
      c.gap(b.level <= 2 ? 12 : 7)
      // a heading never ends a page: it stays with its introduction and the start of what follows
      c.ensure(c.height(b.text, FONT.bold, size, c.width) + keepWith(c, next))
      onHeading(b.text, b.level)
      c.text(b.text, { font: b.level === 5 ? FONT.boldItalic : FONT.bold, size, gap: b.level === 2 ? 2 : 4 })
      if (b.level === 2) {
        c.doc.save().lineWidth(1.2).strokeColor('#111111').moveTo(c.left, c.y).lineTo(c.left + c.width, c.y).stroke().restore()
        c.y += 6
      }
      return
    }
    case 'paragraph': {
      const font = b.style === 'strong' || b.style === 'todo' ? FONT.bold : b.style === 'note' || b.style === 'quote' ? FONT.italic : FONT.regular
      c.text(b.text, { font, size: 10, gap: 6, ...(b.style === 'quote' && { indent: 16 }), ...(b.style === 'note' && { color: '#404040' }), ...(b.style === 'todo' && { color: '#7A2E00' }) })
      return
    }
    case 'list':
      b.items.forEach((item, i) => {
        c.ensure(c.height(item, FONT.regular, 10, c.width - 18) + 2)
        const y = c.y
        c.doc.font(FONT.regular).fontSize(10).fillColor('#111111').text(b.ordered ? `${i + 1}.` : '•', c.left + 4, y, { width: 14, lineBreak: false })
        c.y = y
        c.text(item, { indent: 18, gap: 3 })
      })
      c.gap(4)
      return
    case 'checklist':
      for (const item of b.items) {
        const indent = item.depth ? 22 : 0
        c.ensure(c.height(item.label, FONT.regular, 10, c.width - indent - 14) + 2)
        const y = c.y
        c.box(c.left + indent, y + 0.3, item.checked)
        c.y = y
        c.text(item.label, { indent: indent + 14, gap: 3 })
      }
      c.gap(4)
      return
    case 'fields':
      drawTable(c, { headers: null, rows: b.rows, widths: [1, 2.4], labelColumn: true }, 10)
      return
    case 'table':
      drawTable(c, { headers: b.headers, rows: b.rows, ...(b.widths && { widths: b.widths }), ...(b.caption && { caption: b.caption }), ...(b.tall && { tall: true }) })
  }
}

function drawCover(c: Cursor, d: RenderDocument): void {
  c.y = c.top + 120
  c.text(d.kind.toUpperCase(), { font: FONT.bold, size: 12, color: '#555555', gap: 8 })
  c.text(d.title, { font: FONT.bold, size: 24, gap: 24 })
  for (const [k, v] of d.cover) {
    const y = c.y
    c.doc.font(FONT.bold).fontSize(12).fillColor('#111111').text(printable(`${k}:`), c.left, y, { width: 120 })
    c.doc.font(FONT.regular).text(printable(v), c.left + 125, y, { width: c.width - 125 })
    c.y = Math.max(c.doc.y, y + 15) + 4
  }
}

function drawToc(c: Cursor, entries: readonly { level: number; text: string }[], pages: readonly number[]): void {
  c.text(TOC_TITLE, { font: FONT.bold, size: 16, gap: 10 })
  entries.forEach((e, i) => {
    const indent = (e.level - 1) * 14
    const page = String(pages[i] ?? '')
    const w = c.width - indent - 30
    c.ensure(c.height(e.text, FONT.regular, 10, w) + 3)
    const y = c.y
    c.doc.font(e.level <= 2 ? FONT.bold : FONT.regular).fontSize(10).fillColor('#111111')
      .text(printable(e.text), c.left + indent, y, { width: w, goTo: `h${i}` })
    const after = c.doc.y
    c.doc.text(page, c.left + c.width - 28, y, { width: 28, align: 'right' })
    c.y = after + 3
  })
}

/** One full layout; returns the page number (1-based) of each contents entry. */
function layout(doc: Pdf, d: RenderDocument, tocPages: readonly number[]): number[] {
  const c = new Cursor(doc)
  const entries = d.toc ? tocEntries(d.blocks) : []
  const pages: number[] = []
  const withCover = hasCover(d)
  if (withCover) drawCover(c, d)
  if (d.toc) {
    if (withCover) c.newPage()
    drawToc(c, entries, tocPages)
  }
  if (withCover || d.toc) c.newPage()
  let n = 0
  d.blocks.forEach((b, i) =>
    drawBlock(c, b, d.blocks.slice(i + 1, i + 4), (text, level) => {
      if (level > 3) return
      const index = n++
      pages.push(doc.bufferedPageRange().start + doc.bufferedPageRange().count)
      doc.addNamedDestination(`h${index}`, 'XYZ', c.left, doc.page.height - c.y, null)
      doc.outline.addItem(printable(text))
    }),
  )
  // running header and footer on every page after the cover
  const range = doc.bufferedPageRange()
  for (let i = withCover ? 1 : 0; i < range.count; i++) {
    doc.switchToPage(range.start + i)
    const { margins, width, height } = doc.page
    const bottom = margins.bottom
    doc.page.margins.bottom = 0
    doc.font(FONT.regular).fontSize(8.5).fillColor('#555555')
    doc.text(printable(runningHeader(d)), margins.left, margins.top / 2 - 4, { width: width - margins.left - margins.right, align: 'right', lineBreak: false })
    doc.text(pageLabel(i + 1, range.count), margins.left, height - bottom / 2 - 4, { width: width - margins.left - margins.right, align: 'center', lineBreak: false })
    doc.page.margins.bottom = bottom
  }
  return pages
}

type PdfConstructor = typeof PDFDocumentType

function newPdf(PDFDocument: PdfConstructor, d: RenderDocument): Pdf {
  const size = PAPER_SIZES[d.paper]
  return new PDFDocument({
    size: [size.widthPt, size.heightPt],
    margin: MARGIN[d.paper],
    bufferPages: true,
    autoFirstPage: true,
    lang: d.lang,
    displayTitle: true,
    info: { Title: printable(d.title), Creator: 'Rootwork', Subject: printable(d.kind) },
  })
}

const collect = (doc: Pdf): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

export async function renderPdf(d: RenderDocument): Promise<Buffer> {
  // imported here, not at the top: a server that never makes a PDF never loads pdfkit (idle memory)
  const { default: PDFDocument } = await import('pdfkit')
  // pass 1 only counts pages (its output is discarded); the contents has the same length in both passes
  const probe = newPdf(PDFDocument, d)
  const pages = layout(probe, d, [])
  probe.end()
  const doc = newPdf(PDFDocument, d)
  const done = collect(doc)
  layout(doc, d, pages)
  doc.end()
  return done
}
