import { describe, expect, it } from 'vitest'
import { renderDocx } from '../../../server/snapshots/docx'
import type { SnapshotInput } from '../../../shared/plan/input'
import { renderPlan, type PlanRenderOptions } from '../../../shared/plan/render-plan'
import { snapshotPlan } from '../../../shared/plan/snapshot'
import { NEEDS_ELEMENTS } from '../../../shared/plan/tool-a'
import { CLOCK, sampleInput } from '../../shared/plan/fixtures'
import { readZipEntry } from './unzip'

async function docx(input: SnapshotInput = sampleInput(), options: Partial<PlanRenderOptions> = {}): Promise<Buffer> {
  return renderDocx(renderPlan(snapshotPlan(input, CLOCK), { version: 1, status: 'draft', ...options }))
}
function entry(buffer: Buffer, name: string): string {
  const xml = readZipEntry(buffer, name)
  if (xml === null) throw new Error(`${name} missing`)
  return xml
}
const texts = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? '')
/** The text of every paragraph styled as a Word heading, in order. */
function headings(xml: string): { style: string; text: string }[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(Heading\d)"\/>(.*?)<\/w:p>/gs)].map((m) => ({ style: m[1] ?? '', text: texts(m[2] ?? '').join('') }))
}
/** Each table's rows, each row's cell texts. */
function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((t) =>
    [...(t[1] ?? '').matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((r) => [...(r[1] ?? '').matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => texts(c[1] ?? '').join(''))),
  )
}

const CASES = [
  ['an empty plan', {}],
  ['a SWOT-only board', { swot: [{ id: 'sw-1', quadrant: 'strengths', text: 'Strong PLC', evidence: 'Minutes' }] }],
  ['a full session', sampleInput()],
] as const satisfies readonly (readonly [string, SnapshotInput])[]

describe('the Word export', () => {
  it.each(CASES)('has no placeholder text and no header-only table for %s', async (_name, input) => {
    const xml = entry(await docx(input), 'word/document.xml')
    const body = texts(xml).join('\n')
    expect(body).not.toContain('…')
    expect(body).not.toMatch(/If we \W/)
    const bodyRows = [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((t) => [...(t[1] ?? '').matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].filter((r) => !r[1]?.includes('<w:tblHeader/>')).length)
    expect(bodyRows.length).toBeGreaterThan(0)
    expect(bodyRows.filter((n) => n === 0)).toEqual([])
  })

  it('writes Tool A sections as real Word headings, numbered down to milestones', async () => {
    const h = headings(entry(await docx(), 'word/document.xml'))
    expect(h.filter((x) => x.style === 'Heading2').map((x) => x.text)).toEqual([
      'At-A-Glance', 'School Strategic Direction', 'Priority Overview', 'Plan Signatures', 'Needs Assessment',
      'Priority Planning &amp; Reporting', 'Reporting', 'Supports', 'Attribution',
    ])
    expect(h).toContainEqual({ style: 'Heading3', text: 'Priority 1: 7th-grade math achievement' })
    expect(h).toContainEqual({ style: 'Heading4', text: 'Strategy 1.1' })
    expect(h).toContainEqual({ style: 'Heading5', text: 'Milestone 1.1.1: Coaching cycle running in all math classes' })
  })

  it('uses Tool A\'s exact action columns, repeats the header row on each page and never splits a row', async () => {
    const xml = entry(await docx(), 'word/document.xml')
    const rows = tables(xml).flat()
    expect(rows).toContainEqual(['Actions', 'Anticipated Outputs', 'Timeline', 'Resources/Budget', 'Person Responsible', 'Collaborators'])
    expect(rows).toContainEqual(['1.1.1.1 Hire a math coach', 'Coach contract', 'August', 'Title I, $80k', 'Ana Ortiz', 'HR'])
    expect(rows).toContainEqual(['Strengths', 'Evidence'])
    const trs = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((r) => r[1] ?? '')
    expect(trs.every((tr) => tr.includes('<w:cantSplit/>'))).toBe(true)
    expect(trs.filter((tr) => tr.includes('<w:tblHeader/>')).length).toBeGreaterThan(5)
  })

  it.each([
    ['US Letter by default', {}, { w: '12240', h: '15840' }],
    ['A4 when asked', { paper: 'a4' as const }, { w: '11906', h: '16838' }],
  ])('is %s (w:pgSz)', async (_name, options, size) => {
    const xml = entry(await docx(sampleInput(), options), 'word/document.xml')
    const pgSz = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(xml)
    expect({ w: pgSz?.[1], h: pgSz?.[2] }).toEqual(size)
  })

  it('has a running header, a "Page X of Y" footer and a table of contents field', async () => {
    const buffer = await docx()
    const xml = entry(buffer, 'word/document.xml')
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;/)
    const footers = ['word/footer1.xml', 'word/footer2.xml'].map((f) => readZipEntry(buffer, f) ?? '')
    expect(footers.some((f) => /<w:instrText[^>]*>\s*PAGE\s*</.test(f) && /<w:instrText[^>]*>\s*NUMPAGES\s*</.test(f) && f.includes('Page ') && f.includes(' of '))).toBe(true)
    const headers = ['word/header1.xml', 'word/header2.xml'].map((f) => readZipEntry(buffer, f) ?? '')
    expect(headers.some((x) => x.includes('Lincoln Middle School · Draft — not yet approved'))).toBe(true)
  })

  it('draws checklists as checkboxes with no bullet', async () => {
    const xml = entry(await docx(), 'word/document.xml')
    const boxes = [...xml.matchAll(/<w:p>((?:(?!<\/w:p>).)*?<w14:checkbox>.*?)<\/w:p>/gs)].map((m) => m[1] ?? '')
    expect(boxes.length).toBe(NEEDS_ELEMENTS.reduce((n, line) => n + 1 + line.options.length, 0))
    expect(boxes.some((p) => p.includes('<w:numPr>'))).toBe(false)
  })

  it('carries no draft mark anywhere once the version is final', async () => {
    const buffer = await docx(sampleInput(), { status: 'final' })
    for (const name of ['word/document.xml', 'word/header1.xml', 'word/header2.xml', 'word/footer1.xml', 'word/footer2.xml', 'docProps/core.xml'])
      expect(readZipEntry(buffer, name) ?? '').not.toMatch(/draft/i)
    expect(texts(entry(buffer, 'word/document.xml'))).toContain('Final')
  })

  it('keeps hostile text as escaped, valid XML and credits Tool A and Tool C', async () => {
    const xml = entry(await docx({ ...sampleInput(), swot: [{ id: 'sw-x', quadrant: 'threats', text: '<script>alert(1)</script> & "q"\u0001', evidence: 'line 1\nline 2' }] }), 'word/document.xml')
    expect(xml).toContain('CC BY 4.0')
    expect(xml).toContain('Tool C, &quot;LEA Self-Reflection')
    expect(xml).not.toContain('<script>')
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;')
    expect(xml).not.toContain('\u0001')
    expect(xml).toMatch(/line 1<\/w:t><\/w:r><w:r>(?:<w:rPr>(?:(?!<\/w:r>).)*?<\/w:rPr>)?<w:br\/><w:t[^>]*>line 2/)
  })
})
