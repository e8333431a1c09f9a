import { describe, expect, it } from 'vitest'
import { planBlocks } from '../../../shared/plan/blocks'
import { escapeMarkdown } from '../../../shared/plan/escape'
import { exportHtml } from '../../../shared/plan/html'
import { exportMarkdown } from '../../../shared/plan/markdown'
import { planToJson } from '../../../shared/plan/document'
import { snapshotPlan } from '../../../shared/plan/snapshot'
import { CLOCK, sampleInput } from './fixtures'

const HOSTILE = '<script>alert(1)</script> & **bold** [link](javascript:x) | pipe'
const hostileInput = () => ({
  ...sampleInput(),
  swot: [{ id: 'sw-x', quadrant: 'threats' as const, text: HOSTILE, evidence: '# not a heading\n- not a list\n1. not a list' }],
})

describe('plan exports', () => {
  it('orders Markdown sections as Tool A does, with numbered headings', () => {
    const md = exportMarkdown(snapshotPlan(sampleInput(), CLOCK))
    const headings = md.split('\n').filter((l) => /^## /.test(l))
    expect(headings).toEqual([
      '## At-A-Glance', '## School Strategic Direction', '## Priority Overview', '## Plan Signatures', '## Needs Assessment',
      '## Priority Planning & Reporting', '## Reporting', '## Supports', '## Plan quality findings', '## Attribution',
    ])
    expect(md).toContain('### Priority 1: 7th-grade math achievement')
    expect(md).toContain('#### Strategy 1.1')
    expect(md).toContain('##### Milestone 1.1.1: Coaching cycle running in all math classes')
    expect(md).toContain('| 1.1.1.1 Hire a math coach | Coach contract | August | Title I, $80k | Ana Ortiz | HR |')
  })

  it('renders <script> and Markdown control characters typed by the team as text', () => {
    const md = exportMarkdown(snapshotPlan(hostileInput(), CLOCK))
    expect(md).not.toContain('<script>')
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; & \\*\\*bold')
    expect(md).toContain('\\*\\*bold\\*\\*')
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

  it('escapes the print HTML and includes a print stylesheet', () => {
    const html = exportHtml(snapshotPlan(hostileInput(), CLOCK))
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; **bold**')
    expect(html).toContain('@media print')
    expect(html).toMatch(/<th scope="col">Person responsible<\/th>/)
    expect(html.startsWith('<!doctype html>')).toBe(true)
  })

  it('exports JSON that round-trips', () => {
    const plan = snapshotPlan(sampleInput(), CLOCK)
    expect(JSON.parse(planToJson(plan))).toEqual(plan)
  })

  it('lays out an empty plan without empty lists', () => {
    const blocks = planBlocks(snapshotPlan({}, CLOCK))
    expect(blocks.filter((b) => b.type === 'list' && b.items.length === 0)).toEqual([])
  })
})
