/**
 * PlanDocument → a flat list of layout blocks (headings, paragraphs, lists, tables) that every
 * export renders the same way: Markdown, print HTML and Word differ only in how they draw a block.
 * Block text is raw user text; each renderer escapes it.
 */
import type { PlanDocument, PlanSections, PlanTrace } from './document'

export type Block =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3 | 4 | 5; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string; readonly style?: 'note' | 'quote' | 'strong' }
  | { readonly type: 'list'; readonly items: readonly string[]; readonly ordered?: boolean }
  | { readonly type: 'table'; readonly caption?: string; readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[] }

const QUADRANTS = { strengths: 'Strengths', opportunities: 'Opportunities', weaknesses: 'Weaknesses', threats: 'Threats' } as const
export const ACTION_COLUMNS = ['Action', 'Anticipated outputs', 'Timeline', 'Resources & budget', 'Person responsible', 'Collaborators'] as const
const NONE = 'None recorded.'

const h = (level: 1 | 2 | 3 | 4 | 5, text: string): Block => ({ type: 'heading', level, text })
const p = (text: string, style?: 'note' | 'quote' | 'strong'): Block[] => (text.trim() ? [{ type: 'paragraph', text, ...(style && { style }) }] : [])
const list = (items: readonly string[], ordered = false): Block[] => (items.length ? [{ type: 'list', items, ordered }] : p(NONE, 'note'))
const table = (headers: readonly string[], rows: readonly (readonly string[])[], caption?: string): Block => ({ type: 'table', headers, rows, ...(caption && { caption }) })
const join = (a: string, b: string, sep = ': ') => (a && b ? `${a}${sep}${b}` : a || b)
const traceLine = (t: readonly PlanTrace[]): Block[] =>
  t.length ? p(`Traced to: ${t.map((x) => `${x.kind === 'swot' ? 'SWOT' : x.kind} "${x.label}"${x.found ? '' : ' (no longer on the board)'}`).join('; ')}`, 'note') : []

function direction(d: PlanSections['direction']): Block[] {
  return [
    h(2, d.heading),
    table(['Field', 'Entry'], [['Vision', d.vision], ['Mission', d.mission]]),
    ...d.goals.flatMap((g) => [
      h(3, join(g.heading, g.statement)),
      ...p(join('Explanation', g.explanation)),
      table(['Indicator(s)', 'Data Source', 'Baseline', 'Target Year 1', 'Target Year 2', 'Target Year 3'],
        g.measures.map((m) => [`${m.number}. ${m.indicator}`, m.dataSource, m.baseline, ...m.targets]), 'Measure'),
    ]),
  ]
}

function overview(o: PlanSections['overview']): Block[] {
  let lastP = ''
  let lastS = ''
  const rows = o.rows.map((r) => {
    const pCell = r.priority.number === lastP ? '' : join(r.priority.number, r.priority.title)
    const sKey = r.strategy ? r.strategy.number : ''
    const sCell = !r.strategy || (sKey === lastS && r.priority.number === lastP) ? '' : join(r.strategy.number, r.strategy.statement)
    const iCell = sCell || !r.strategy ? r.indicator : ''
    lastP = r.priority.number
    lastS = sKey
    return [pCell, sCell, iCell, r.milestone ? join(r.milestone.number, r.milestone.text) : '', r.timeline]
  })
  return [h(2, o.heading), table(['Priority Area (based on Needs Assessment)', 'Strategy', 'Indicator', 'Milestones', 'Timeline'], rows)]
}

function needs(n: PlanSections['needs']): Block[] {
  const { dataAnalysis: da } = n
  const box = (c: boolean) => (c ? '☑' : '☐')
  return [
    h(2, n.heading),
    ...p(n.intro),
    h(3, n.elements.heading),
    ...list(n.elements.lines.map((l) => {
      const opts = l.options.map((o) => `${box(o.checked)} ${o.other !== null ? join(o.label, o.other) : o.label}`).join(' · ')
      return `${box(l.checked)} ${join(l.label, opts)}${l.suggested && !l.checked ? ' (suggested by the session record; confirm)' : ''}`
    })),
    ...n.questions.flatMap((q) => [h(3, q.question), ...p(q.answer), ...p(join('From the session record', q.fromSession), 'note'), ...(q.answer || q.fromSession ? [] : p(NONE, 'note'))]),
    h(3, da.heading),
    table(['', 'Item', 'Evidence', 'Source'], da.rows.map((r) => [
      QUADRANTS[r.quadrant], join(r.text, r.link, ' — '), r.evidence, r.source === 'rubric' ? `Self-reflection ${r.code ?? ''}: ${r.note ?? ''}` : r.boardTitle,
    ])),
    h(4, da.leverage.prompt),
    ...list(da.leverage.notes.map((x) => x.text)),
    h(4, da.rootCauses.prompt),
    table(['Root cause', 'Practice', 'Systemic', 'Evidence', 'Explains'], da.rootCauses.causes.map((c) => [
      c.text, join(c.practiceCode ?? '', c.practiceTitle ?? '', ' '), c.systemic ? 'Yes' : 'No', join(c.evidence, c.link, ' — '), c.heads.join('; '),
    ])),
    ...da.rootCauses.notes.flatMap((x) => p(x.text)),
    h(3, 'Top priority areas'),
    ...p(n.topPriorities.prompt, 'note'),
    ...list(n.topPriorities.items.map((i) => i.title || '(untitled)'), true),
  ]
}

function planning(pl: PlanSections['planning']): Block[] {
  return [
    h(2, pl.heading),
    ...list(pl.intro),
    ...pl.priorities.flatMap((pr) => [
      h(3, join(pr.heading, pr.title)),
      ...p(pr.description),
      ...traceLine(pr.trace),
      ...pr.strategies.flatMap((s) => [
        h(4, s.heading),
        ...p(s.statement || '(theory of action not written yet)', 'strong'),
        ...p([
          s.practiceCode ? `Practice ${join(s.practiceCode, s.practiceTitle ?? '', ' ')}` : '',
          s.goal ? `Supports ${s.goal.heading}` : '',
          s.achievableWithinOneYear ? 'Marked achievable within one year' : '',
        ].filter(Boolean).join(' · '), 'note'),
        ...traceLine(s.trace),
        table(['Indicator', 'Data Source', 'Baseline', 'Target Year 1', 'Target Year 2'], s.measures.map((m) => [m.indicator, m.dataSource, m.baseline, ...m.targets]), pl.measuresHeading),
        ...s.milestones.flatMap((m) => [
          h(5, join(m.heading, m.text)),
          ...p(join('Timeline', m.timeline), 'note'),
          table(ACTION_COLUMNS, m.actions.map((a) => [join(a.number, a.text, ' '), a.outputs, a.timeline, a.resources, a.responsible.join(', '), a.collaborators])),
        ]),
      ]),
    ]),
  ]
}

export function planBlocks(plan: PlanDocument): Block[] {
  const { atAGlance: g, signatures: sg, reporting: r, supports: su } = plan.sections
  return [
    h(1, plan.title),
    ...p(`Snapshot taken ${plan.generatedAt}`, 'note'),
    h(2, g.heading),
    table(['Field', 'Entry'], g.fields.map((f) => [f.label, f.value])),
    table(['Name', 'Position'], g.leadershipTeam.map((l) => [l.name, l.position]), 'School Leadership Team Members'),
    ...direction(plan.sections.direction),
    ...overview(plan.sections.overview),
    h(2, sg.heading),
    ...p(sg.statement, 'quote'),
    ...p(sg.signatories, 'note'),
    table(['Name', 'Position', 'Improvement Plan Role', 'Signature'], sg.rows.map((s) => [s.name, s.position, s.planRole, join(s.signature, s.signedAt, ', ')])),
    ...needs(plan.sections.needs),
    ...planning(plan.sections.planning),
    h(2, r.heading),
    table(['Cadence', 'Tool A guidance', "The team's routine"], r.cadences.map((c) => [c.label, c.guidance, c.notes])),
    h(2, su.heading),
    ...p(su.intro, 'note'),
    table(['Priority', 'Supports needed', 'Supports provided', 'Provider / source', 'How were supports used?', 'How effective were the supports?'],
      su.rows.map((x) => [x.priority, x.needed, x.provided, x.provider, x.howUsed, x.effectiveness])),
    h(2, 'Plan quality findings'),
    ...p('Reported for the team to decide on; nothing was changed automatically.', 'note'),
    ...list(plan.quality.map((q) => q.message)),
    h(2, 'Attribution'),
    ...p(plan.attribution.text),
  ]
}

