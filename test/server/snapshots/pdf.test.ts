import { PDFParse } from 'pdf-parse'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../../../server/snapshots/pdf'
import { plainDocument, type Block, type RenderDocument } from '../../../shared/render/model'

async function textOf(d: RenderDocument): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(await renderPdf(d)) })
  const { text, total } = await parser.getText()
  await parser.destroy()
  return { text, pages: total }
}
const doc = (blocks: Block[]): RenderDocument => ({ ...plainDocument('Test', blocks), organisation: 'Lincoln Middle School' })

describe('the PDF renderer', () => {
  it('repeats a long table\'s header row on every page it runs onto and keeps every row', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Row ${i + 1}`, 'Evidence'])
    const { text, pages } = await textOf(doc([{ type: 'table', headers: ['Strengths', 'Evidence'], rows }]))
    expect(pages).toBeGreaterThan(2)
    expect(text.split('Strengths').length - 1).toBe(pages)
    for (let i = 1; i <= 120; i++) expect(text).toMatch(new RegExp(`Row ${i}\\b`))
  })

  it('prints a row taller than a page as label and value lines instead of cutting it off', async () => {
    const tall = Array.from({ length: 90 }, (_, i) => `line ${i + 1}`).join('\n')
    const { text } = await textOf(doc([{ type: 'table', headers: ['Actions', 'Anticipated Outputs'], rows: [['Hire a coach', tall]] }]))
    expect(text).toContain('Actions: Hire a coach')
    expect(text).toContain('line 90')
  })

  it('writes "Page X of Y" and the running header on every page', async () => {
    const { text, pages } = await textOf(doc(Array.from({ length: 80 }, (_, i) => ({ type: 'paragraph', text: `Paragraph ${i} with enough words to fill a line or two of the page.` }))))
    for (let p = 1; p <= pages; p++) expect(text).toContain(`Page ${p} of ${pages}`)
    expect(text.split('Lincoln Middle School').length - 1).toBe(pages)
  })

  it('prints characters the standard fonts lack as "?" rather than garbage', async () => {
    const { text } = await textOf(doc([{ type: 'paragraph', text: 'Café “quoted” — 学校' }]))
    expect(text).toContain('Café “quoted” — ??')
  })
})
