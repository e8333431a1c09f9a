/**
 * Unwritten theory-of-action parts in the export model (issue 13): the plan's blocks, and so the
 * Word and PDF files built from them, print only the parts the team wrote and mark the rest
 * "To be completed" — never "If we …, then …, and …".
 */
import { PDFParse } from 'pdf-parse'
import { describe, expect, it } from 'vitest'
import { renderDocx } from '../../../server/snapshots/docx'
import { renderPdf } from '../../../server/snapshots/pdf'
import { addPlanItem, ensurePlan } from '../../../shared/doc/plan'
import { addStrategy } from '../../../shared/plan/mutations'
import { readPlan } from '../../../shared/plan/read'
import { planBlocks, renderPlan } from '../../../shared/plan/render-plan'
import { snapshotPlan } from '../../../shared/plan/snapshot'
import { missingTheoryParts, theoryPartsPhrase } from '../../../shared/plan/theory-gaps'
import type { Block } from '../../../shared/render/model'
import { CLOCK, newDoc } from '../../shared/plan/fixtures'
import { readZipEntry } from './unzip'

/** One priority whose strategy 1.1 has only its "if we" part, and a strategy 1.2 with nothing written. */
function partialPlan() {
  const doc = newDoc()
  ensurePlan(doc)
  addPlanItem(doc, 'priority', { id: 'prio-1', texts: { title: 'Attendance' } })
  addStrategy(doc, { id: 'strat-1', parentId: 'prio-1', texts: { ifWe: 'call every family on the second absence' } })
  addPlanItem(doc, 'milestone', { id: 'mile-1', parentId: 'strat-1', texts: { text: 'Calls logged for every absence', timeline: 'By October' } })
  addStrategy(doc, { id: 'strat-2', parentId: 'prio-1', texts: {} })
  return snapshotPlan({ plan: readPlan(doc) }, CLOCK)
}
const paragraphs = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
const overviewRows = (blocks: readonly Block[]) => {
  const at = blocks.findIndex((b) => b.type === 'heading' && b.text === 'Priority Overview')
  const table = blocks.slice(at).find((b) => b.type === 'table')
  return table?.type === 'table' ? table.rows : []
}

describe('unwritten theory-of-action parts', () => {
  it.each([
    [{ ifWe: 'coach', then: '', and: '' }, ['then', 'and'], 'the “then” part and the “and” part'],
    [{ ifWe: '', then: 'teachers plan', and: ' ' }, ['ifWe', 'and'], 'the “If we” part and the “and” part'],
    [{ ifWe: 'a', then: 'b', and: '' }, ['and'], 'the “and” part'],
    [{ ifWe: 'a', then: 'b', and: 'c' }, [], ''],
  ] as const)('names the parts still to write of %o', (slots, missing, phrase) => {
    expect(missingTheoryParts(slots)).toEqual(missing)
    expect(theoryPartsPhrase(missingTheoryParts(slots))).toBe(phrase)
  })

  it('prints the written part alone, marks the missing parts to be completed, and puts no placeholder in the overview', () => {
    const blocks = planBlocks(partialPlan())
    const text = paragraphs(blocks)
    expect(text).toContain('If we call every family on the second absence.')
    expect(text).toContain('Theory of action, the “then” part and the “and” part: To be completed.')
    // the strategy with nothing written is one "to be completed", not three
    expect(text).toContain('Theory of action: To be completed.')
    expect(text.filter((t) => t.startsWith('Theory of action, the “If we” part'))).toEqual([])
    expect(overviewRows(blocks).map((r) => r[1])).toEqual(['1.1: If we call every family on the second absence.', '1.2: To be completed'])
    expect(JSON.stringify(blocks)).not.toMatch(/…|If we \W|then …|and …/)
  })

  it('writes the same in the Word and PDF files', async () => {
    const document = renderPlan(partialPlan(), { version: 1, status: 'draft' })
    const xml = readZipEntry(await renderDocx(document), 'word/document.xml') ?? ''
    const words = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? '').join(' ')
    expect(words).toContain('If we call every family on the second absence.')
    expect(words).toContain('the “then” part and the “and” part: To be completed.')
    expect(words).not.toContain('…')
    const parser = new PDFParse({ data: new Uint8Array(await renderPdf(document)) })
    const { text } = await parser.getText()
    await parser.destroy()
    expect(text.replace(/\s+/g, ' ')).toContain('If we call every family on the second absence.')
    expect(text.replace(/\s+/g, ' ')).toContain('“and” part: To be completed.')
    expect(text).not.toContain('…')
  })
})
