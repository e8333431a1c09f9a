/**
 * A RenderDocument as Word (.docx): a cover page, a table of contents field, real Heading 1–5
 * styles, a running header and a "Page X of Y" footer after the cover, tables whose header row
 * repeats on every page and whose rows never split. Text is passed to `docx` as data; it escapes.
 * `docx` is imported when a Word export is asked for, not at start-up: it is large (idle memory).
 */
import type { Paragraph as ParagraphType, Table as TableType, TableCell as TableCellType, TextRun as TextRunType } from 'docx'
import { stripControls } from '../../shared/plan/escape'
import { hasCover, runningHeader, TOC_TITLE, type Block, type RenderDocument } from '../../shared/render/model'

/** Page sizes in twentieths of a point; margins one inch (Letter) or 2.5 cm (A4), as each country's templates do. */
const PAGE = {
  letter: { width: 12240, height: 15840, margin: 1440 },
  a4: { width: 11906, height: 16838, margin: 1418 },
} as const

type Docx = typeof import('docx')
const HEADINGS = { 1: 'HEADING_1', 2: 'HEADING_2', 3: 'HEADING_3', 4: 'HEADING_4', 5: 'HEADING_5' } as const satisfies Record<Extract<Block, { type: 'heading' }>['level'], keyof Docx['HeadingLevel']>

type Run = { bold?: boolean; italics?: boolean; color?: string; size?: number }
/** Runs for one text; a newline the team typed becomes a line break, not a lost character. */
function runs(D: Docx, text: string, style: Run = {}): TextRunType[] {
  if (text === '') return []
  // only the formatting asked for: a "bold: false" would write run properties into every cell
  const format = Object.fromEntries(Object.entries(style).filter(([, v]) => v !== false && v !== undefined))
  return stripControls(text).split('\n').map((line, i) => new D.TextRun({ text: line, ...format, ...(i > 0 && { break: 1 }) }))
}

const border = { style: 'single', size: 4, color: '666666' } as const
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border }

function cell(D: Docx, text: string, opts: { header?: boolean; width: number; keepNext?: boolean }): TableCellType {
  return new D.TableCell({
    width: { size: opts.width, type: D.WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 70, right: 70 },
    children: [new D.Paragraph({ spacing: { after: 0 }, keepNext: opts.keepNext ?? false, children: runs(D, text, { bold: opts.header ?? false, size: opts.header ? 17 : 18 }) })],
    ...(opts.header && { shading: { fill: 'E8E8E8' } }),
  })
}

function widthsFor(count: number, weights: readonly number[] | undefined, total: number): number[] {
  const w = Array.from({ length: count }, (_, i) => weights?.[i] ?? 1)
  const sum = w.reduce((a, b) => a + b, 0)
  return w.map((x) => Math.floor((x / sum) * total))
}

function table(D: Docx, headers: readonly string[] | null, rows: readonly (readonly string[])[], weights: readonly number[] | undefined, contentWidth: number, labelColumn = false, tall = false): TableType {
  const count = headers?.length ?? rows[0]?.length ?? 1
  const widths = widthsFor(count, weights, contentWidth)
  const w = (i: number) => widths[i] ?? 0
  return new D.Table({
    layout: D.TableLayoutType.FIXED,
    width: { size: contentWidth, type: D.WidthType.DXA },
    columnWidths: widths,
    borders,
    rows: [
      // the header row repeats at the top of every page the table runs onto, and keeps with the first row
      // (LibreOffice otherwise drops a row whose header was left alone at the foot of a page)
      ...(headers ? [new D.TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(D, h, { header: true, width: w(i), keepNext: true })) })] : []),
      ...rows.map((r) => new D.TableRow({
        cantSplit: true,
        ...(tall && { height: { value: 680, rule: D.HeightRule.ATLEAST } }),
        children: r.map((c, i) => cell(D, c, { header: labelColumn && i === 0, width: w(i) })),
      })),
    ],
  })
}

function render(D: Docx, b: Block, next: Block | undefined, contentWidth: number): (ParagraphType | TableType)[] {
  // a paragraph that introduces a table stays on the page where the table starts; so do a strategy's statement
  // and its note line, which introduce the measures after them
  const introduces = b.type === 'paragraph' && (b.style === 'strong' || b.style === 'note') && next !== undefined && next.type !== 'heading'
  const keepNext = next?.type === 'table' || next?.type === 'fields' || introduces
  switch (b.type) {
    case 'heading':
      return [new D.Paragraph({ heading: D.HeadingLevel[HEADINGS[b.level]], keepNext: true, keepLines: true, children: runs(D, b.text) })]
    case 'paragraph':
      if (b.style === 'quote') return [new D.Paragraph({ keepNext: true, indent: { left: 567 }, alignment: D.AlignmentType.LEFT, children: runs(D, b.text, { italics: true }) })]
      if (b.style === 'todo') return [new D.Paragraph({ keepNext, children: runs(D, b.text, { bold: true, color: '7A2E00' }) })]
      return [new D.Paragraph({ keepNext, children: runs(D, b.text, { bold: b.style === 'strong', italics: b.style === 'note', ...(b.style === 'note' && { color: '404040' }) }) })]
    case 'list':
      return b.items.map((item) => new D.Paragraph({ numbering: { reference: b.ordered ? 'ordered' : 'bullets', level: 0 }, children: runs(D, item) }))
    case 'checklist':
      // the box alone marks the line: no bullet in front of it
      return b.items.map((i) => new D.Paragraph({
        indent: { left: i.depth ? 720 : 0 },
        spacing: { after: 40 },
        children: [new D.CheckBox({ checked: i.checked, checkedState: { value: '2612', font: 'MS Gothic' }, uncheckedState: { value: '2610', font: 'MS Gothic' } }), new D.TextRun({ text: ' ' }), ...runs(D, i.label)],
      }))
    case 'fields':
      return [table(D, null, b.rows, [1, 2.4], contentWidth, true), new D.Paragraph({})]
    case 'table': {
      const caption = b.caption ? [new D.Paragraph({ keepNext: true, spacing: { after: 60 }, children: runs(D, b.caption, { bold: true }) })] : []
      // an empty paragraph after each table keeps two consecutive tables from merging in Word
      return [...caption, table(D, b.headers, b.rows, b.widths, contentWidth, false, b.tall ?? false), new D.Paragraph({})]
    }
  }
}

function cover(D: Docx, d: RenderDocument): ParagraphType[] {
  return [
    new D.Paragraph({ spacing: { before: 2400, after: 120 }, children: runs(D, d.kind.toUpperCase(), { bold: true, color: '555555', size: 24 }) }),
    new D.Paragraph({ spacing: { after: 480 }, children: runs(D, d.title, { bold: true, size: 48 }) }),
    ...d.cover.map(([k, v]) => new D.Paragraph({ spacing: { after: 80 }, children: [...runs(D, `${k}: `, { bold: true, size: 24 }), ...runs(D, v, { size: 24 })] })),
  ]
}

export async function renderDocx(d: RenderDocument): Promise<Buffer> {
  const D: Docx = await import('docx')
  const page = PAGE[d.paper]
  const contentWidth = page.width - 2 * page.margin
  const small = { size: 18, color: '555555' }
  const withCover = hasCover(d)
  const blank = <T,>(Part: new (o: { children: ParagraphType[] }) => T): T => new Part({ children: [new D.Paragraph({})] })
  const toc = d.toc
    ? [new D.Paragraph({ children: [new D.PageBreak()] }), new D.Paragraph({ spacing: { after: 200 }, children: runs(D, TOC_TITLE, { bold: true, size: 32 }) }), new D.TableOfContents(TOC_TITLE, { hyperlink: true, headingStyleRange: '1-3' })]
    : []
  const doc = new D.Document({
    title: stripControls(d.title),
    creator: 'Rootwork',
    // Word fills in the contents' page numbers when it opens the file (it asks to update fields). Laying the pages out
    // here instead (docx/layout) took 2–6 s for an ordinary plan on this server's event loop, stalling every live session.
    ...(d.toc && { features: { updateFields: true } }),
    styles: {
      default: { document: { run: { font: 'Calibri', size: 21 }, paragraph: { spacing: { after: 100 } } }, heading1: { run: { size: 36, bold: true, color: '1F2937' } }, heading2: { run: { size: 30, bold: true, color: '1F2937' }, paragraph: { spacing: { before: 360, after: 120 } } }, heading3: { run: { size: 25, bold: true, color: '1F2937' }, paragraph: { spacing: { before: 240, after: 80 } } }, heading4: { run: { size: 22, bold: true, color: '1F2937' }, paragraph: { spacing: { before: 200, after: 60 } } }, heading5: { run: { size: 21, bold: true, italics: true, color: '1F2937' }, paragraph: { spacing: { before: 160, after: 60 } } } },
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: [{ level: 0, format: D.LevelFormat.BULLET, text: '•', alignment: D.AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }] },
        { reference: 'ordered', levels: [{ level: 0, format: D.LevelFormat.DECIMAL, text: '%1.', alignment: D.AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }] },
      ],
    },
    sections: [{
      // the cover page (when there is one) has no running header and no page number
      properties: { titlePage: withCover, page: { size: { width: page.width, height: page.height }, margin: { top: page.margin, bottom: page.margin, left: page.margin, right: page.margin, header: 600, footer: 600 } } },
      headers: { default: new D.Header({ children: [new D.Paragraph({ alignment: D.AlignmentType.RIGHT, children: runs(D, runningHeader(d), small) })] }), ...(withCover && { first: blank(D.Header) }) },
      footers: {
        default: new D.Footer({ children: [new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ ...small, children: ['Page ', D.PageNumber.CURRENT, ' of ', D.PageNumber.TOTAL_PAGES] })] })] }),
        ...(withCover && { first: blank(D.Footer) }),
      },
      children: [...(withCover ? [...cover(D, d), ...toc, new D.Paragraph({ children: [new D.PageBreak()] })] : toc), ...d.blocks.flatMap((b, i) => render(D, b, d.blocks[i + 1], contentWidth))],
    }],
  })
  return D.Packer.toBuffer(doc)
}
