/**
 * CSV exports of the roll-ups (RFC 4180 via the rubric CSV helpers). Text written by teams is
 * formula-neutralised; the last row is the Tool C credit line, which travels with rubric content.
 */
import { safeText, toCsv } from '../rubric/csv'
import type { CauseRollup, PlanRollup, RubricHeatmap } from './schema'

const creditRows = (credit: string) => [[], [safeText(credit)]]

export function heatmapCsv(h: RubricHeatmap): string {
  const header = ['domain', 'element', 'title', ...h.levels.map((l) => `schools: ${l}`), 'schools: not set', ...h.schools.map((s) => safeText(s.school))]
  const rows = h.domains.flatMap((d) =>
    d.elements.map((e) => [
      safeText(d.title),
      e.id,
      safeText(e.shortTitle),
      ...e.counts.map(String),
      String(e.unset),
      ...e.cells.map((c) => (c.level === null ? '' : (h.levels[c.level] ?? String(c.level)))),
    ]),
  )
  return toCsv([header, ...rows, ...creditRows(h.credit)])
}

export function causesCsv(r: CauseRollup): string {
  const rows = r.codes.flatMap((c) => c.causes.map((x) => [c.code, safeText(c.title), String(c.schools), safeText(x.school), safeText(x.text), x.systemic ? 'systemic' : '', safeText(x.evidence)]))
  return toCsv([
    ['practice', 'practice title', 'schools sharing', 'school', 'root cause', 'systemic', 'evidence'],
    ...rows,
    ['uncoded', '', String(r.uncoded.schools), '', `${r.uncoded.causes} root causes without a practice code`, '', ''],
    ...creditRows(r.credit),
  ])
}

export function plansCsv(r: PlanRollup): string {
  const rows = r.codes.flatMap((c) => c.strategies.map((x) => [c.code, safeText(c.title), String(c.schools), safeText(x.school), safeText(x.priority), safeText(x.statement)]))
  return toCsv([
    ['practice', 'practice title', 'schools using', 'school', 'priority', 'strategy'],
    ...rows,
    ['uncoded', '', String(r.uncoded.schools), '', '', `${r.uncoded.strategies} strategies without a practice code`],
    ...creditRows(r.credit),
  ])
}
