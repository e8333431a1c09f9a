/**
 * PlanDocument sections → layout blocks (shared/render/model.ts), in Tool A's order and words.
 * The rules every renderer inherits: empty optional parts are left out, a required part nobody
 * filled in says "To be completed" once, and nothing prints a placeholder ("…", "If we …").
 */
import { LEA_SELF_REFLECTION_ATTRIBUTION } from '../content/lea-self-reflection'
import { humanDate } from '../render/dates'
import { TODO_TEXT, type Block as RenderBlock, type HeadingLevel } from '../render/model'

/**
 * The blocks a stored monitoring report may hold (shared/domain/monitoring imports this name from
 * here): the render model's headings, lists, plain/note/quote/strong paragraphs and tables.
 */
export type ReportBlock =
  | Extract<RenderBlock, { type: 'heading' | 'list' }>
  | { readonly type: 'paragraph'; readonly text: string; readonly style?: 'note' | 'quote' | 'strong' }
  | { readonly type: 'table'; readonly caption?: string; readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[] }
export type { ReportBlock as Block }
import type { PlanDocument, PlanSections, PlanStrategy, PlanTrace } from './document'
import { theoryOfAction } from './planning'
import { missingTheoryParts, theoryPartsPhrase } from './theory-gaps'
import { TOOL_A_COLUMNS, TOOL_A_LABELS } from './tool-a'

const QUADRANTS = { strengths: 'Strengths', opportunities: 'Opportunities', weaknesses: 'Weaknesses', threats: 'Threats' } as const
/** At-a-glance fields a plan cannot be approved without; the others are printed only when filled. */
const REQUIRED_FIELDS = new Set(['dateOfPlan', 'schoolName', 'district', 'principal'])

type Style = 'note' | 'quote' | 'strong' | 'todo'
const h = (level: HeadingLevel, text: string): RenderBlock => ({ type: 'heading', level, text })
const p = (text: string, style?: Style): RenderBlock[] => (text.trim() ? [{ type: 'paragraph', text: text.trim(), ...(style && { style }) }] : [])
const todo = (what = ''): RenderBlock[] => p(what ? `${what}: ${TODO_TEXT}.` : `${TODO_TEXT}.`, 'todo')
const filled = (s: string) => s.trim() !== ''
const join = (a: string, b: string, sep = ': ') => (filled(a) && filled(b) ? `${a.trim()}${sep}${b.trim()}` : a.trim() || b.trim())
/** A table only when it has a row with something in it: never a header-only table. */
function table(headers: readonly string[], rows: readonly (readonly string[])[], caption?: string, widths?: readonly number[], tall?: boolean): RenderBlock[] {
  const kept = rows.filter((r) => r.some(filled))
  return kept.length ? [{ type: 'table', headers, rows: kept, ...(caption && { caption }), ...(widths && { widths }), ...(tall && { tall }) }] : []
}
/** The statement rebuilt from its slots: snapshots stored before statements dropped "…" still print none (rows are immutable). */
const statementOf = (s: { ifWe: string; then: string; and: string; statement: string }): string =>
  s.ifWe || s.then || s.and ? theoryOfAction(s).statement : s.statement.includes('…') ? '' : s.statement
const orTodo = (blocks: RenderBlock[], what?: string): RenderBlock[] => (blocks.length ? blocks : todo(what))
const traceLine = (t: readonly PlanTrace[]): RenderBlock[] => {
  // a link to something no longer on the board would only show an internal id
  const found = t.filter((x) => x.found)
  return found.length ? p(`Based on: ${found.map((x) => `${x.kind === 'swot' ? 'SWOT' : x.kind === 'rubric' ? 'self-reflection element' : 'root cause'} “${x.label}”`).join('; ')}`, 'note') : []
}

function atAGlance(g: PlanSections['atAGlance'], locale: string): RenderBlock[] {
  const isDate = (id: string) => id === 'dateOfPlan' || id === 'dateOfUpdate'
  const rows = g.fields.filter((f) => filled(f.value)).map((f) => [f.label, isDate(f.id) ? humanDate(f.value, locale) : f.value] as const)
  const missing = g.fields.filter((f) => REQUIRED_FIELDS.has(f.id) && !filled(f.value)).map((f) => f.label)
  return [
    h(2, g.heading),
    ...(rows.length ? [{ type: 'fields', rows } as const] : []),
    ...(missing.length ? todo(missing.join(', ')) : []),
    ...table(TOOL_A_COLUMNS.leadership, g.leadershipTeam.map((l) => [l.name, l.position]), TOOL_A_LABELS.leadershipCaption),
  ]
}

function direction(d: PlanSections['direction']): RenderBlock[] {
  const fields = ([[TOOL_A_LABELS.vision, d.vision], [TOOL_A_LABELS.mission, d.mission]] as const).filter(([, v]) => filled(v))
  const missing = [
    ...[TOOL_A_LABELS.vision, TOOL_A_LABELS.mission].filter((l) => !fields.some(([k]) => k === l)),
    ...(d.goals.length === 0 ? ['Student-focused goals'] : []),
  ]
  return [
    h(2, d.heading),
    ...(fields.length ? [{ type: 'fields', rows: fields } as const] : []),
    ...(missing.length ? todo(missing.join(', ')) : []),
    ...d.goals.flatMap((g) => [
      h(3, join(g.heading, g.statement)),
      ...(filled(g.statement) ? [] : todo('Goal statement')),
      ...p(filled(g.explanation) ? `${TOOL_A_LABELS.explanation}: ${g.explanation.trim()}` : ''),
      ...orTodo(table(TOOL_A_COLUMNS.goalMeasure, g.measures.map((m) => [filled(m.indicator) ? `${m.number}. ${m.indicator.trim()}` : '', m.dataSource, m.baseline, ...m.targets]), TOOL_A_LABELS.measureCaption, [2.6, 1.8, 1.3, 1, 1, 1]), TOOL_A_LABELS.measureCaption),
    ]),
  ]
}

function overview(o: PlanSections['overview'], planning: PlanSections['planning']): RenderBlock[] {
  const statements = new Map(planning.priorities.flatMap((p) => p.strategies.map((s) => [s.number, statementOf(s)] as const)))
  let lastP = ''
  let lastS = ''
  const rows = o.rows.map((r) => {
    const pCell = r.priority.number === lastP ? '' : join(r.priority.number, r.priority.title)
    const sKey = r.strategy ? r.strategy.number : ''
    // (a strategy with nothing written yet says so in its cell rather than showing a bare number)
    const sCell = !r.strategy || (sKey === lastS && r.priority.number === lastP) ? '' : join(r.strategy.number, statements.get(r.strategy.number) ?? r.strategy.statement.replace(/…/g, ''))
    const sText = sCell === r.strategy?.number ? join(sCell, TODO_TEXT) : sCell
    const iCell = sCell || !r.strategy ? r.indicator : ''
    lastP = r.priority.number
    lastS = sKey
    return [pCell, sText, iCell, r.milestone ? join(r.milestone.number, r.milestone.text) : '', r.timeline]
  })
  const t = table(TOOL_A_COLUMNS.overview, rows, undefined, [2, 3, 2, 2, 1.4])
  return t.length ? [h(2, o.heading), ...t] : []
}

function signatures(sg: PlanSections['signatures'], locale: string): RenderBlock[] {
  return [
    h(2, sg.heading),
    ...p(sg.statement, 'quote'),
    ...p(`(${sg.signatories})`, 'note'),
    ...orTodo(table(TOOL_A_COLUMNS.signatures, sg.rows.map((s) => [s.name, s.position, s.planRole, join(s.signature, humanDate(s.signedAt, locale), ', ')]), undefined, [2, 2, 2, 3], true), 'Signatories'),
  ]
}

/** A statement with some parts unwritten says which (snapshots from before the slots were stored have none to judge). */
function theoryGaps(s: PlanStrategy): RenderBlock[] {
  const written = [s.ifWe, s.then, s.and].some(filled)
  const missing = written ? missingTheoryParts(s) : []
  return missing.length ? todo(`Theory of action, ${theoryPartsPhrase(missing)}`) : []
}

function strategy(s: PlanStrategy, measuresHeading: string): RenderBlock[] {
  const facts = [s.practiceCode ? `Practice ${join(s.practiceCode, s.practiceTitle ?? '', ' ')}` : '', s.goal ? `Supports ${s.goal.heading}` : ''].filter(Boolean)
  return [
    h(4, s.heading),
    ...orTodo(p(statementOf(s), 'strong'), 'Theory of action'),
    ...theoryGaps(s),
    ...p(facts.join(' · '), 'note'),
    ...traceLine(s.trace),
    ...orTodo(table(TOOL_A_COLUMNS.strategyMeasure, s.measures.map((m) => [m.indicator, m.dataSource, m.baseline, ...m.targets]), measuresHeading, [3, 2, 1.3, 1, 1]), 'Strategy Performance Measures'),
    ...(s.milestones.length === 0 ? todo('Milestones') : []),
    ...s.milestones.flatMap((m) => [
      h(5, join(m.heading, m.text)),
      ...p(filled(m.timeline) ? `Timeline: ${m.timeline.trim()}` : '', 'note'),
      ...orTodo(table(TOOL_A_COLUMNS.actions, m.actions.map((a) => [join(a.number, a.text, ' '), a.outputs, a.timeline, a.resources, a.responsible.join(', '), a.collaborators]), undefined, [2.3, 1.7, 1.2, 1.7, 1.7, 1.8]), 'Actions'),
    ]),
  ]
}

function planning(pl: PlanSections['planning']): RenderBlock[] {
  return [
    h(2, pl.heading),
    { type: 'list', items: pl.intro },
    ...(pl.priorities.length === 0 ? todo('Priority areas, strategies, milestones and actions') : []),
    ...pl.priorities.flatMap((pr) => [
      h(3, join(pr.heading, pr.title)),
      ...p(pr.description),
      ...traceLine(pr.trace),
      ...(pr.strategies.length === 0 ? todo('Strategies') : []),
      ...pr.strategies.flatMap((s) => strategy(s, pl.measuresHeading)),
    ]),
  ]
}

/** Tool C (the self-reflection) is credited wherever its rows or links appear; Tool A always. */
export function usesToolC(plan: PlanDocument): boolean {
  const traces = plan.sections.planning.priorities.flatMap((p) => [...p.trace, ...p.strategies.flatMap((s) => s.trace)])
  return plan.sections.needs.dataAnalysis.rows.some((r) => r.source === 'rubric') || traces.some((t) => t.kind === 'rubric' && t.found)
}

export function attributionBlocks(plan: PlanDocument): RenderBlock[] {
  return [h(2, 'Attribution'), ...p(plan.attribution.text, 'note'), ...(usesToolC(plan) ? p(LEA_SELF_REFLECTION_ATTRIBUTION, 'note') : [])]
}

export { atAGlance, direction, overview, planning, signatures, QUADRANTS, p, h, todo, table, orTodo, filled, join }
