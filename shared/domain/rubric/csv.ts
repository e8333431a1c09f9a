/**
 * CSV export of rubric results (RFC 4180: comma-separated, CRLF rows, quotes doubled). Per-member
 * columns appear only for a named publication. Free text that a spreadsheet would run as a formula
 * (=, +, -, @ first) gets a leading apostrophe, because evidence is typed by participants.
 */
import type { Rubric } from '../../content/rubric-model'
import { medianLabel, type ElementStats } from './aggregate'
import { inRubricOrder } from './order'
import type { RubricPublication } from './publication'
import { findElement } from './structure'

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
}

export function aggregateCsvRows(
  rubric: Rubric,
  publication: RubricPublication,
  options: CsvOptions = {},
): string[][] {
  const label = options.memberLabel ?? ((id: string) => id)
  const levelLabel = (i: number | undefined) => (i === undefined ? '' : (rubric.levels[i]?.label ?? ''))
  const memberIds = publication.mode === 'named' ? publication.memberIds : []
  const header = [
    'Domain',
    'Practice',
    'Element',
    'Title',
    'Picks',
    ...rubric.levels.map((l) => l.label),
    'Median',
    'Lowest',
    'Highest',
    'Disagreement',
    rubric.evidenceLabel,
    ...memberIds.map((id) => safeText(label(id))),
  ]
  const rows = inRubricOrder(rubric, flatten(publication, label)).map(({ stats: e, evidence, picks }) => {
    const placed = findElement(rubric, e.elementId)
    return [
      placed?.domain.title.text ?? e.domainId,
      placed ? `${placed.practice.id}. ${placed.practice.title.text}` : '',
      e.elementId,
      placed?.element.shortTitle ?? '',
      String(e.n),
      ...e.counts.map(String),
      e.median === null ? '' : medianLabel(rubric, e.median),
      levelLabel(e.range?.min),
      levelLabel(e.range?.max),
      e.disagreement ? 'yes' : 'no',
      safeText(evidence.join('\n')),
      ...memberIds.map((id) => levelLabel(picks[id])),
    ]
  })
  return [header, ...rows]
}

export function aggregateCsv(rubric: Rubric, publication: RubricPublication, options: CsvOptions = {}): string {
  return toCsv(aggregateCsvRows(rubric, publication, options))
}
