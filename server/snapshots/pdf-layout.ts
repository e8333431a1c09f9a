/**
 * The page layout of the PDF renderer: a cursor on the current page and the rules the Word export
 * follows too — a heading never ends a page, a table's header row is repeated on each page it runs
 * onto, and a row is never split across pages (a row taller than a whole page is printed as
 * label/value lines instead, so nothing is cut off).
 */
import type PDFDocumentType from 'pdfkit'
import { stripControls } from '../../shared/plan/escape'

export type Pdf = InstanceType<typeof PDFDocumentType>
export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique', boldItalic: 'Helvetica-BoldOblique' } as const
const PAD = 4
const LINE = '#666666'

/**
 * The standard PDF fonts cover Windows-1252 only; other characters would print as garbage, so they
 * become "?". (Embedding a Unicode font would lift this; none ships with the server today.)
 */
const WIN_ANSI_EXTRA = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'])
export const printable = (s: string): string =>
  [...stripControls(s)].map((c) => ((c.codePointAt(0) ?? 0) < 256 || WIN_ANSI_EXTRA.has(c) ? c : '?')).join('')

export class Cursor {
  constructor(readonly doc: Pdf) {}
  get left(): number { return this.doc.page.margins.left }
  get width(): number { return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right }
  get bottom(): number { return this.doc.page.height - this.doc.page.margins.bottom }
  get top(): number { return this.doc.page.margins.top }
  get y(): number { return this.doc.y }
  set y(v: number) { this.doc.y = v }
  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.top + 1) this.newPage()
  }
  newPage(): void {
    this.doc.addPage()
    this.y = this.top
  }
  gap(points: number): void {
    if (this.y > this.top + 1) this.y = Math.min(this.y + points, this.bottom)
  }
  height(text: string, font: string, size: number, width: number): number {
    return this.doc.font(font).fontSize(size).heightOfString(printable(text) || ' ', { width })
  }
  /** Text at the cursor; long paragraphs flow onto the next page (pdfkit adds it). */
  text(text: string, opts: { font?: string; size?: number; indent?: number; color?: string; gap?: number; width?: number } = {}): void {
    const indent = opts.indent ?? 0
    this.doc.font(opts.font ?? FONT.regular).fontSize(opts.size ?? 10).fillColor(opts.color ?? '#111111')
    this.doc.text(printable(text), this.left + indent, this.y, { width: opts.width ?? this.width - indent })
    this.y = this.doc.y + (opts.gap ?? 4)
  }
  box(x: number, y: number, checked: boolean): void {
    this.doc.save().lineWidth(0.8).strokeColor('#111111').rect(x, y, 8, 8).stroke()
    if (checked) this.doc.lineWidth(1.2).moveTo(x + 1.6, y + 4.2).lineTo(x + 3.4, y + 6.4).lineTo(x + 6.8, y + 1.6).stroke()
    this.doc.restore()
  }
}

type TableSpec = { readonly headers: readonly string[] | null; readonly rows: readonly (readonly string[])[]; readonly widths?: readonly number[]; readonly caption?: string; readonly labelColumn?: boolean; readonly tall?: boolean }

function columnWidths(count: number, weights: readonly number[] | undefined, total: number): number[] {
  const w = Array.from({ length: count }, (_, i) => weights?.[i] ?? 1)
  const sum = w.reduce((a, b) => a + b, 0)
  return w.map((x) => (x / sum) * total)
}

export function drawTable(c: Cursor, t: TableSpec, size = 9): void {
  const count = t.headers?.length ?? t.rows[0]?.length ?? 1
  const widths = columnWidths(count, t.widths, c.width)
  const fontOf = (header: boolean, col: number) => (header || (t.labelColumn && col === 0) ? FONT.bold : FONT.regular)
  const rowHeight = (cells: readonly string[], header: boolean) =>
    Math.max(header || !t.tall ? 0 : 34, Math.max(...cells.map((cell, i) => c.height(cell, fontOf(header, i), size, (widths[i] ?? 0) - 2 * PAD))) + 2 * PAD)
  const drawRow = (cells: readonly string[], header: boolean, h: number) => {
    let x = c.left
    const y = c.y
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0
      if (header) c.doc.save().rect(x, y, w, h).fill('#E8E8E8').restore()
      c.doc.save().lineWidth(0.5).strokeColor(LINE).rect(x, y, w, h).stroke().restore()
      c.doc.font(fontOf(header, i)).fontSize(size).fillColor('#111111').text(printable(cell), x + PAD, y + PAD, { width: w - 2 * PAD })
      x += w
    })
    c.y = y + h
  }
  const headerH = t.headers ? rowHeight(t.headers, true) : 0
  const captionH = t.caption ? c.height(t.caption, FONT.bold, 10, c.width) + 3 : 0
  const usable = c.bottom - c.top
  const first = t.rows[0]
  // caption, header and the first row stay together
  c.ensure(captionH + headerH + (first ? Math.min(rowHeight(first, false), usable / 2) : 0))
  if (t.caption) c.text(t.caption, { font: FONT.bold, size: 10, gap: 3 })
  if (t.headers) drawRow(t.headers, true, headerH)
  for (const row of t.rows) {
    const h = rowHeight(row, false)
    if (h + headerH > usable) {
      // taller than a page: print the row as "label: value" lines, which may flow
      c.gap(4)
      row.forEach((cell, i) => cell.trim() && c.text(t.headers ? `${t.headers[i] ?? ''}: ${cell}` : cell, { size, gap: 2 }))
      c.gap(4)
      continue
    }
    if (c.y + h > c.bottom) {
      c.newPage()
      if (t.headers) drawRow(t.headers, true, headerH)
    }
    drawRow(row, false, h)
  }
  c.y += 10
}
