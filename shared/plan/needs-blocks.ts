/**
 * The Needs Assessment, Reporting and Supports sections as layout blocks. The checklist is boxes
 * only; the process questions print the team's answer and the session record (with the team's
 * edits); Data Analysis uses Tool A's own row labels with an Evidence column.
 */
import type { Block } from '../render/model'
import type { PlanSections } from './document'
import { filled, h, orTodo, p, QUADRANTS, table, todo } from './blocks'
import { TOOL_A_COLUMNS } from './tool-a'

export function needsBlocks(n: PlanSections['needs']): Block[] {
  const { dataAnalysis: da } = n
  const checklist: Block = {
    type: 'checklist',
    items: n.elements.lines.flatMap((l) => [
      { label: l.label, checked: l.checked, depth: 0 as const },
      ...l.options.map((o) => ({ label: o.other !== null && filled(o.other) ? `${o.label}: ${o.other.trim()}` : o.label, checked: o.checked, depth: 1 as const })),
    ]),
  }
  const analysis = (Object.keys(QUADRANTS) as (keyof typeof QUADRANTS)[]).flatMap((q) =>
    table([QUADRANTS[q], 'Evidence'], da.rows.filter((r) => r.quadrant === q).map((r) => [
      [r.text.trim(), r.link.trim()].filter(Boolean).join(' — ') + (r.source === 'rubric' ? `\n(${r.note ?? ''})` : ''),
      r.evidence,
    ]), undefined, [3, 2]),
  )
  const causes = [
    ...table(['Root cause', 'Practice', 'Systemic', 'Evidence', 'Explains'], da.rootCauses.causes.map((c) => [
      c.text, [c.practiceCode ?? '', c.practiceTitle ?? ''].join(' ').trim(), c.systemic ? 'Yes' : 'No', [c.evidence.trim(), c.link.trim()].filter(Boolean).join(' — '), c.heads.join('; '),
    ]), undefined, [3, 2, 1.3, 2, 2]),
    ...da.rootCauses.notes.flatMap((x) => p(x.text)),
  ]
  const priorities = n.topPriorities.items.map((i) => (filled(i.title) ? i.title.trim() : `Priority ${i.number} (title to be completed)`))
  return [
    h(2, n.heading),
    ...p(n.intro),
    h(3, n.elements.heading),
    checklist,
    ...n.questions.flatMap((q) => [
      h(3, q.question),
      ...orTodo([...p(q.answer), ...p(q.record.length ? q.record.map((x) => x.text).join(' ') : q.fromSession)]),
    ]),
    h(3, da.heading),
    ...orTodo(analysis, 'Strengths, weaknesses, opportunities and threats with evidence'),
    h(4, da.leverage.prompt),
    ...orTodo(da.leverage.notes.flatMap((x) => p(x.text))),
    h(4, da.rootCauses.prompt),
    ...orTodo(causes),
    h(3, 'Top priority areas'),
    ...p(n.topPriorities.prompt, 'note'),
    ...(priorities.length ? [{ type: 'list', items: priorities, ordered: true } as const] : todo()),
  ]
}

export function reportingBlocks(r: PlanSections['reporting']): Block[] {
  const routines = r.cadences.some((c) => filled(c.notes))
  return [
    h(2, r.heading),
    ...(routines
      ? table(['Cadence', 'Tool A guidance', 'Our routine'], r.cadences.map((c) => [c.label, c.guidance, c.notes]), undefined, [1, 4, 3])
      : table(['Cadence', 'Tool A guidance'], r.cadences.map((c) => [c.label, c.guidance]), undefined, [1, 6])),
  ]
}

/** Supports are optional (they are reported as the year goes on): no rows, no section. */
export function supportsBlocks(su: PlanSections['supports']): Block[] {
  const t = table(TOOL_A_COLUMNS.supports, su.rows.map((x) => [x.priority, x.needed, x.provided, x.provider, x.howUsed, x.effectiveness]), undefined, [1, 2, 2, 2, 2, 2])
  return t.length ? [h(2, su.heading), ...p(su.intro, 'note'), ...t] : []
}
