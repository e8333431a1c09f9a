/**
 * The Word export of a plan document: real Word headings (Heading 1–5, so the navigation pane and
 * a table of contents work) and tables that mirror Tool A's, built from the same layout blocks as
 * the Markdown and print exports. Text is passed to `docx` as data; it does the XML escaping.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import { planBlocks, type Block } from '../../shared/plan/blocks'
import type { PlanDocument } from '../../shared/plan/document'
import { stripControls } from '../../shared/plan/escape'

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
  5: HeadingLevel.HEADING_5,
} as const satisfies Record<Extract<Block, { type: 'heading' }>['level'], string>

/** Runs for one text; a newline the team typed becomes a line break, not a lost character. */
function runs(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  if (text === '') return []
  const format = { ...(style.bold && { bold: true }), ...(style.italics && { italics: true }) }
  return stripControls(text).split('\n').map((line, i) => new TextRun({ text: line, ...format, ...(i > 0 && { break: 1 }) }))
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '555555' }
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border }

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: runs(text, { bold: header }) })],
    ...(header && { shading: { fill: 'EEEEEE' } }),
  })
}

function table(b: Extract<Block, { type: 'table' }>): (Paragraph | Table)[] {
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: b.headers.map((h) => cell(h, true)) }),
    ...b.rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
  ]
  const caption = b.caption ? [new Paragraph({ keepNext: true, children: runs(b.caption, { bold: true }) })] : []
  // an empty paragraph after each table keeps two consecutive tables from merging in Word
  return [...caption, new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders }), new Paragraph({})]
}

function render(b: Block): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level], keepNext: true, children: runs(b.text) })]
    case 'paragraph':
      if (b.style === 'quote') return [new Paragraph({ indent: { left: 567 }, alignment: AlignmentType.LEFT, children: runs(b.text, { italics: true }) })]
      return [new Paragraph({ children: runs(b.text, { bold: b.style === 'strong', italics: b.style === 'note' }) })]
    case 'list':
      return b.items.map((item, i) =>
        b.ordered ? new Paragraph({ indent: { left: 360 }, children: runs(`${i + 1}. ${item}`) }) : new Paragraph({ bullet: { level: 0 }, children: runs(item) }),
      )
    case 'table':
      return table(b)
  }
}

/** Any block list (a plan, a monitoring report) as a Word document. */
export async function blocksDocx(meta: { title: string; description: string }, blocks: readonly Block[]): Promise<Buffer> {
  const doc = new Document({
    title: stripControls(meta.title),
    creator: 'Rootwork',
    description: stripControls(meta.description),
    sections: [{ children: blocks.flatMap(render) }],
  })
  return Packer.toBuffer(doc)
}

export async function exportDocx(plan: PlanDocument): Promise<Buffer> {
  return blocksDocx({ title: plan.title, description: plan.attribution.text }, planBlocks(plan))
}
