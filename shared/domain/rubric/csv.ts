/**
 * CSV export of rubric results (RFC 4180: comma-separated, CRLF rows, quotes doubled): every
 * element with the team's agreed level and evidence beside the counts of individual picks, and a
 * closing credit line for Tool C (CC BY 4.0). Per-member columns appear only for a named publication. Free text that a spreadsheet would run as a formula
 * (=, +, -, @ first) gets a leading apostrophe, because evidence is typed by participants.
 */
import type { Rubric } from '../../content/rubric-model'
import { medianLabel, type ElementStats } from './aggregate'
import type { RubricPublication } from './publication'
import { rubricElements } from './structure'
import type { TeamState } from './types'

export function escapeCsvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(escapeCsvCell).join(',')).join('\r\n') + '\r\n'
}

/** Neutralises spreadsheet formulas in user-written text (OWASP "CSV injection"). */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

type FlatRow = {
  readonly elementId: string
  readonly stats: ElementStats
  readonly evidence: readonly string[]
  readonly picks: Readonly<Record<string, number>>
}

/** One shape for both modes: anonymous rows simply have no picks and unattributed evidence. */
function flatten(publication: RubricPublication, label: (id: string) => string): FlatRow[] {
  if (publication.mode === 'anonymous')
    return publication.elements.map((e) => ({ elementId: e.elementId, stats: e, evidence: e.evidence, picks: {} }))
  return publication.elements.map((e) => ({
    elementId: e.elementId,
    stats: e,
    evidence: e.evidence.map((x) => `${label(x.memberId)}: ${x.text}`),
    picks: e.picks,
  }))
}

export type CsvOptions = {
  /** member id → display name for named exports; the id itself when absent */
  readonly memberLabel?: (memberId: string) => string
  /** the team's agreed levels and evidence (the board's team state) */
  readonly team?: TeamState
}

/**
 * One row per rubric element, in rubric order. Before a reveal (`publication` null) the counts are
 * blank and only the team's levels are filled in.
 */
export function aggregateCsvRows(
  rubric: Rubric,
  publication: RubricPublication | null,
  options: CsvOptions = {},
): string[][] {
  const label = options.memberLabel ?? ((id: string) => id)
  const levelLabel = (i: number | null | undefined) => (i === undefined || i === null ? '' : (rubric.levels[i]?.label ?? ''))
  const memberIds = publication?.mode === 'named' ? publication.memberIds : []
  const header = [
    'Domain',
    'Practice',
    'Element',
    'Title',
    'Team level',
    'Team evidence',
    'Picks',
    ...rubric.levels.map((l) => l.label),
    'Median',
    'Lowest',
    'Highest',
    'Disagreement',
    rubric.evidenceLabel,
    ...memberIds.map((id) => safeText(label(id))),
  ]
  const stats = new Map((publication ? flatten(publication, label) : []).map((r) => [r.elementId, r]))
  const rows = rubricElements(rubric).map((placed) => {
    const row = stats.get(placed.element.id)
    const e = row?.stats
    const team = options.team?.elements[placed.element.id]
    return [
      placed.domain.title.text,
      `${placed.practice.id}. ${placed.practice.title.text}`,
      placed.element.id,
      placed.element.shortTitle,
      levelLabel(team?.level),
      safeText(team?.evidence ?? ''),
      e ? String(e.n) : '',
      ...(e ? e.counts.map(String) : rubric.levels.map(() => '')),
      e?.median == null ? '' : medianLabel(rubric, e.median),
      levelLabel(e?.range?.min),
      levelLabel(e?.range?.max),
      e ? (e.disagreement ? 'yes' : 'no') : '',
      safeText((row?.evidence ?? []).join('\n')),
      ...memberIds.map((id) => levelLabel(row?.picks[id])),
    ]
  })
  // CC BY 4.0 asks for the credit wherever the rubric's content travels, a spreadsheet included
  return [header, ...rows, [], [`Source: ${rubric.source.attribution}`]]
}

export function aggregateCsv(rubric: Rubric, publication: RubricPublication | null, options: CsvOptions = {}): string {
  return toCsv(aggregateCsvRows(rubric, publication, options))
}
