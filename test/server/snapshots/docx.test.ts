import { describe, expect, it } from 'vitest'
import { exportDocx } from '../../../server/snapshots/docx'
import { snapshotPlan } from '../../../shared/plan/snapshot'
import { CLOCK, sampleInput } from '../../shared/plan/fixtures'
import { readZipEntry } from './unzip'

async function documentXml(input = sampleInput()): Promise<string> {
  const buffer = await exportDocx(snapshotPlan(input, CLOCK))
  const xml = readZipEntry(buffer, 'word/document.xml')
  if (xml === null) throw new Error('word/document.xml missing')
  return xml
}
/** The text of every paragraph styled as a Word heading, in order. */
function headings(xml: string): { style: string; text: string }[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(Heading\d)"\/>(.*?)<\/w:p>/gs)].map((m) => ({
    style: m[1] ?? '',
    text: [...(m[2] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }))
}

describe('exportDocx', () => {
  it('writes Tool A sections as real Word headings, numbered down to milestones', async () => {
    const h = headings(await documentXml())
    expect(h.filter((x) => x.style === 'Heading2').map((x) => x.text)).toEqual([
      'At-A-Glance', 'School Strategic Direction', 'Priority Overview', 'Plan Signatures', 'Needs Assessment',
      'Priority Planning &amp; Reporting', 'Reporting', 'Supports', 'Plan quality findings', 'Attribution',
    ])
    expect(h).toContainEqual({ style: 'Heading3', text: 'Priority 1: 7th-grade math achievement' })
    expect(h).toContainEqual({ style: 'Heading4', text: 'Strategy 1.1' })
    expect(h).toContainEqual({ style: 'Heading5', text: 'Milestone 1.1.1: Coaching cycle running in all math classes' })
  })

  it('puts each action in a table row with Tool A\'s action columns', async () => {
    const xml = await documentXml()
    const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((r) =>
      [...(r[1] ?? '').matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => [...(c[1] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
    )
    expect(rows).toContainEqual(['Action', 'Anticipated outputs', 'Timeline', 'Resources &amp; budget', 'Person responsible', 'Collaborators'])
    expect(rows).toContainEqual(['1.1.1.1 Hire a math coach', 'Coach contract', 'August', 'Title I, $80k', 'Ana Ortiz', 'HR'])
    expect(rows).toContainEqual(['Strengths', 'Collaborative grade-6 team', 'PLC minutes', ''])
  })

  it('includes the attribution and keeps hostile text as escaped, valid XML', async () => {
    const xml = await documentXml({ ...sampleInput(), swot: [{ id: 'sw-x', quadrant: 'threats', text: '<script>alert(1)</script> & "q"\u0001', evidence: 'line 1\nline 2' }] })
    expect(xml).toContain('CC BY 4.0')
    expect(xml).toContain('Layland')
    expect(xml).not.toContain('<script>')
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;')
    expect(xml).not.toContain('\u0001')
    expect(xml).toMatch(/line 1<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>line 2/)
  })
})
