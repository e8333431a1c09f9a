import { describe, expect, it } from 'vitest'
import { planToJson, type PlanDocument } from '../../../shared/plan/document'
import { escapeMarkdown } from '../../../shared/plan/escape'
import { planBlocks, renderPlan, renderReview } from '../../../shared/plan/render-plan'
import type { SnapshotInput } from '../../../shared/plan/input'
import { snapshotPlan } from '../../../shared/plan/snapshot'
import { TOOL_A_COLUMNS } from '../../../shared/plan/tool-a'
import { renderHtml } from '../../../shared/render/html'
import { renderMarkdown } from '../../../shared/render/markdown'
import { DRAFT_MARK, TODO_TEXT, type Block } from '../../../shared/render/model'
import { CLOCK, sampleInput } from './fixtures'

const HOSTILE = '<script>alert(1)</script> & **bold** [link](javascript:x) | pipe'
const hostileInput = () => ({
  ...sampleInput(),
  swot: [{ id: 'sw-x', quadrant: 'threats' as const, text: HOSTILE, evidence: '# not a heading\n- not a list\n1. not a list' }],
})
const swotOnly = (): SnapshotInput => ({
  swot: [
    { id: 'sw-1', quadrant: 'strengths', text: 'Strong grade-6 PLC', evidence: 'PLC minutes' },
    { id: 'sw-2', quadrant: 'weaknesses', text: 'Low 7th-grade math', evidence: '' },
  ],
})
const draft = (plan: PlanDocument) => renderPlan(plan, { version: 1, status: 'draft' })
const textOf = (blocks: readonly Block[]): string =>
  blocks.map((b) => {
    switch (b.type) {
      case 'heading': case 'paragraph': return b.text
      case 'list': return b.items.join('\n')
      case 'checklist': return b.items.map((i) => i.label).join('\n')
      case 'fields': return b.rows.flat().join('\n')
      case 'table': return [b.caption ?? '', ...b.headers, ...b.rows.flat()].join('\n')
    }
  }).join('\n')

const CASES = [
  ['an empty plan', (): SnapshotInput => ({})],
  ['a SWOT-only board', swotOnly],
  ['a full session', sampleInput],
] as const

describe('the plan a board signs', () => {
  it.each(CASES)('prints no placeholder text for %s', (_name, input) => {
    const plan = snapshotPlan(input(), CLOCK)
    const text = textOf(planBlocks(plan))
    expect(text).not.toContain('…')
    expect(text).not.toMatch(/If we \W/)
    expect(text).not.toContain('(untitled)')
    expect(renderMarkdown(draft(plan))).not.toContain('…')
  })

  it('prints no placeholder for a snapshot stored before statements dropped them (rows are immutable)', () => {
    const plan = snapshotPlan(sampleInput(), CLOCK)
    const old = JSON.parse(JSON.stringify(plan).replaceAll('"and":"each student will meet growth targets"', '"and":""').replace(
      /"statement":"If we coach[^"]*"/g, '"statement":"If we coach math teachers on explicit instruction, then teachers will plan standards-based lessons, and …."',
    )) as PlanDocument
    const overview = old.sections.overview.rows[0]
    if (overview?.strategy) overview.strategy.statement = 'If we coach math teachers on explicit instruction, then …, and ….'
    const md = renderMarkdown(draft(old))
    expect(md).not.toContain('…')
    expect(md).toContain('If we coach math teachers on explicit instruction, then teachers will plan standards-based lessons.')
  })

  it.each(CASES)('has no header-only table for %s', (_name, input) => {
    const tables = planBlocks(snapshotPlan(input(), CLOCK)).filter((b) => b.type === 'table')
    expect(tables.filter((t) => t.type === 'table' && t.rows.length === 0)).toEqual([])
  })

  it.each(CASES)('marks each required part left empty "To be completed" once, not cell by cell, for %s', (_name, input) => {
    // between two headings there is at most one mark, and a mark names the missing parts together
    const perPart: number[] = [0]
    for (const b of planBlocks(snapshotPlan(input(), CLOCK))) {
      if (b.type === 'heading') perPart.push(0)
      else if (b.type === 'paragraph' && b.style === 'todo') {
        perPart[perPart.length - 1]! += 1
        expect(b.text.split(TODO_TEXT).length).toBe(2)
      }
    }
    expect(Math.max(...perPart)).toBe(1)
    expect(perPart.filter((n) => n > 0).length).toBeGreaterThan(0)
  })

  it('uses Tool A\'s exact column labels for actions, measures, the overview and signatures', () => {
    const tables = planBlocks(snapshotPlan(sampleInput(), CLOCK)).flatMap((b) => (b.type === 'table' ? [b.headers.join(' | ')] : []))
    expect(tables).toContain('Actions | Anticipated Outputs | Timeline | Resources/Budget | Person Responsible | Collaborators')
    expect(tables).toContain('Indicator | Data Source | Baseline | Target Year 1 | Target Year 2')
    expect(tables).toContain('Indicator(s) | Data Source | Baseline | Target Year 1 | Target Year 2 | Target Year 3')
    expect(tables).toContain(TOOL_A_COLUMNS.overview.join(' | '))
    expect(tables).toContain('Name | Position | Improvement Plan Role | Signature')
    expect(tables).toContain('Strengths | Evidence')
  })

  it('omits optional sections that are empty and keeps required ones with a mark', () => {
    const headings = planBlocks(snapshotPlan({}, CLOCK)).flatMap((b) => (b.type === 'heading' && b.level === 2 ? [b.text] : []))
    expect(headings).toEqual(['At-A-Glance', 'School Strategic Direction', 'Plan Signatures', 'Needs Assessment', 'Priority Planning & Reporting', 'Reporting', 'Attribution'])
    const md = renderMarkdown(draft(snapshotPlan(swotOnly(), CLOCK)))
    expect(md).not.toContain('## Supports')
    expect(md).toContain('**Priority areas, strategies, milestones and actions: To be completed.**')
  })

  it('draws the needs-assessment checklist as boxes only, no bullets', () => {
    const md = renderMarkdown(draft(snapshotPlan(sampleInput(), CLOCK)))
    expect(md).toContain('- [x] Demographics\n  - [x] student\n  - [ ] community')
    const html = renderHtml(draft(snapshotPlan(sampleInput(), CLOCK)))
    expect(html).toMatch(/<ul class="checklist"><li><span class="box" aria-hidden="true">☑<\/span>/)
  })

  it('keeps quality findings out of the signed plan and puts them in the review export', () => {
    const plan = snapshotPlan({ ...sampleInput(), causes: [{ ...(sampleInput().causes ?? [])[0]!, evidence: '' }] }, CLOCK)
    expect(plan.quality.length).toBeGreaterThan(0)
    const signed = renderMarkdown(draft(plan))
    expect(signed).not.toContain('Plan quality findings')
    for (const q of plan.quality) expect(signed).not.toContain(q.message)
    const review = renderMarkdown(renderReview(plan, { version: 1, status: 'draft' }))
    for (const q of plan.quality) expect(review).toContain(escapeMarkdown(q.message))
  })

  it('carries draft marks on a draft and none on a final version', () => {
    const plan = snapshotPlan(sampleInput(), CLOCK)
    expect(renderMarkdown(draft(plan))).toContain(DRAFT_MARK)
    for (const out of [renderMarkdown(renderPlan(plan, { version: 2, status: 'final' })), renderHtml(renderPlan(plan, { version: 2, status: 'final' }))]) {
      expect(out).not.toMatch(/draft/i)
      expect(out).toContain('Final')
    }
  })

  it('writes dates for people in the plan\'s locale, never an ISO timestamp', () => {
    const plan = snapshotPlan(sampleInput(), CLOCK)
    expect(renderMarkdown(draft(plan))).toContain('March 4, 2025')
    expect(renderMarkdown(draft({ ...plan, settings: { paper: 'a4', locale: 'en-GB' } }))).toContain('4 March 2025')
    expect(renderMarkdown(draft(plan))).not.toContain(CLOCK.now)
  })

  it('credits Tool C only when self-reflection rows appear', () => {
    expect(renderMarkdown(draft(snapshotPlan(sampleInput(), CLOCK)))).toContain('Tool C, "LEA Self-Reflection')
    expect(renderMarkdown(draft(snapshotPlan(swotOnly(), CLOCK)))).not.toContain('Tool C')
  })
})

describe('text exports', () => {
  it('renders <script> and Markdown control characters typed by the team as text', () => {
    const md = renderMarkdown(draft(snapshotPlan(hostileInput(), CLOCK)))
    expect(md).not.toContain('<script>')
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; & \\*\\*bold')
    expect(md).toContain('\\[link\\](javascript:x)')
    expect(md).toContain('\\| pipe')
    expect(md).toContain('\\# not a heading<br>\\- not a list<br>1\\. not a list')
  })

  it.each([
    ['# title', '\\# title'],
    ['a_b*c`d', 'a\\_b\\*c\\`d'],
    ['AT&T &amp; <b>', 'AT&amp;T &amp;amp; &lt;b&gt;'],
    ['x\r\ny', 'x<br>y'],
    ['bell\u0007', 'bell'],
  ])('escapes %j for Markdown', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped)
  })

  it('escapes the print HTML, escapes the running header for CSS and forces no page break per section', () => {
    const plan = snapshotPlan(hostileInput(), CLOCK)
    const html = renderHtml(draft({ ...plan, sections: { ...plan.sections, atAGlance: { ...plan.sections.atAGlance, fields: plan.sections.atAGlance.fields.map((f) => (f.id === 'schoolName' ? { ...f, value: '"; } body { x' } : f)) } } }))
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; **bold**')
    expect(html).not.toContain('"; } body')
    expect(html).toContain('@media print')
    expect(html).not.toMatch(/h2\s*\{\s*break-before:\s*page/)
    expect(html).toContain('counter(pages)')
    expect(html).toMatch(/<th scope="col">Person Responsible<\/th>/)
  })

  it('sizes the printed page from the plan\'s paper setting', () => {
    const plan = snapshotPlan(sampleInput(), CLOCK)
    expect(renderHtml(draft(plan))).toContain('size: 612pt 792pt')
    expect(renderHtml(renderPlan(plan, { version: 1, status: 'draft', paper: 'a4' }))).toContain('size: 595.28pt 841.89pt')
  })

  it('exports JSON that round-trips', () => {
    const plan = snapshotPlan(sampleInput(), CLOCK)
    expect(JSON.parse(planToJson(plan))).toEqual(plan)
  })
})
