import { describe, expect, it } from 'vitest'
import { LEA_SELF_REFLECTION } from '../../../../shared/content/lea-self-reflection'
import { aggregateCsv, aggregateCsvRows, escapeCsvCell, toCsv } from '../../../../shared/domain/rubric/csv'
import { buildAnonymousPublication, buildNamedPublication } from '../../../../shared/domain/rubric/publication'
import { seededRandom } from '../../../../shared/random'
import type { TeamState } from '../../../../shared/domain/rubric/types'

const rubric = LEA_SELF_REFLECTION

describe('CSV escaping', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
  ])('writes %j as %j', (value, expected) => {
    expect(escapeCsvCell(value)).toBe(expected)
  })

  it('joins cells with commas and rows with CRLF', () => {
    expect(toCsv([['a', 'b,c'], ['"', '']])).toBe('a,"b,c"\r\n"""",\r\n')
  })
})

describe('the aggregate CSV', () => {
  const submissions = {
    m1: { picks: { '1a1': 0 }, evidence: { '1a1': 'Minutes, "urgent"\nsecond line' } },
    m2: { picks: { '1a1': 3 }, evidence: { '1a1': '=HYPERLINK("x")' } },
  }

  it('has no per-member columns for an anonymous publication', () => {
    const rows = aggregateCsvRows(rubric, buildAnonymousPublication(rubric, submissions, seededRandom(1)))
    expect(rows[0]).toEqual([
      'Domain', 'Practice', 'Element', 'Title', 'Team level', 'Team evidence', 'Picks',
      'Consistently Low Performance', 'Basic Performance', 'Moderate Performance', 'Consistently High Performance',
      'Median', 'Lowest', 'Highest', 'Disagreement', 'Evidence',
    ])
    expect(rows).toHaveLength(40)
    expect(rows[1]?.slice(0, 15)).toEqual([
      'Leadership', '1a. Prioritize improvement and communicate urgency', '1a1',
      'Communicate urgency of school improvement', '', '', '2', '1', '0', '0', '1',
      'between Basic Performance and Moderate Performance', 'Consistently Low Performance',
      'Consistently High Performance', 'yes',
    ])
    expect(rows.flat().join()).not.toMatch(/\bm[12]\b/)
  })

  it('adds one column per member, by display name, for a named publication', () => {
    const names: Record<string, string> = { m1: 'Ana, coach', m2: 'Ben' }
    const rows = aggregateCsvRows(rubric, buildNamedPublication(rubric, submissions), { memberLabel: (id) => names[id] ?? id })
    expect(rows[0]?.slice(-2)).toEqual(['Ana, coach', 'Ben'])
    expect(rows[0]).toHaveLength(18)
    expect(rows[1]?.slice(-2)).toEqual(['Consistently Low Performance', 'Consistently High Performance'])
    expect(rows[1]?.at(-3)).toBe('Ana, coach: Minutes, "urgent"\nsecond line\nBen: =HYPERLINK("x")')
    expect(rows[2]?.slice(-2)).toEqual(['', ''])
  })

  it('quotes evidence with commas, quotes and newlines so the file still has 40 records', () => {
    const csv = aggregateCsv(rubric, buildNamedPublication(rubric, submissions))
    expect(csv).toContain('"m1: Minutes, ""urgent""\nsecond line\nm2: =HYPERLINK(""x"")"')
    expect(csv.split('\r\n')).toHaveLength(41)
  })

  it('defuses evidence that a spreadsheet would run as a formula', () => {
    const pub = buildAnonymousPublication(rubric, { m2: submissions.m2 }, seededRandom(1))
    expect(aggregateCsvRows(rubric, pub)[1]?.at(-1)).toBe('\'=HYPERLINK("x")')
  })

  const team: TeamState = {
    elements: { '1a1': { level: 1, evidence: 'Walkthrough notes, fall', setBy: 'm1', setAt: 1 }, '2a3': { level: 0, evidence: '=not a formula', setBy: 'm1', setAt: 1 } },
    strengthsWeaknesses: {},
  }
  const column = (rows: string[][], name: string, elementId: string) => rows.find((r) => r[2] === elementId)?.[rows[0]?.indexOf(name) ?? -1]

  it.each([
    ['a named', buildNamedPublication(rubric, submissions)],
    ['an anonymous', buildAnonymousPublication(rubric, submissions, seededRandom(1))],
  ])('puts the team level and team evidence beside the counts for %s session', (_mode, pub) => {
    const rows = aggregateCsvRows(rubric, pub, { team })
    expect(column(rows, 'Team level', '1a1')).toBe('Basic Performance')
    expect(column(rows, 'Team evidence', '1a1')).toBe('Walkthrough notes, fall')
    expect(column(rows, 'Team evidence', '2a3')).toBe("'=not a formula")
    expect(column(rows, 'Picks', '1a1')).toBe('2')
  })

  it('has per-member columns only in named mode', () => {
    const named = aggregateCsvRows(rubric, buildNamedPublication(rubric, submissions), { team, memberLabel: (id) => `Member ${id}` })
    const anonymous = aggregateCsvRows(rubric, buildAnonymousPublication(rubric, submissions, seededRandom(1)), { team, memberLabel: (id) => `Member ${id}` })
    expect(named[0]?.slice(-2)).toEqual(['Member m1', 'Member m2'])
    expect(anonymous[0]?.at(-1)).toBe('Evidence')
    expect(anonymous.flat().join()).not.toContain('Member')
  })

  it('ends with the Tool C credit line: CC BY 4.0, CCSSO, Layland & Corbett 2017', () => {
    const credit = aggregateCsvRows(rubric, null, { team }).at(-1)?.[0] ?? ''
    expect(credit).toMatch(/^Source: .*Tool C/)
    for (const part of ['CC BY 4.0', 'CCSSO', 'Layland, A. & Corbett, J. (2017)']) expect(credit).toContain(part)
  })

  it('exports the team levels before any reveal, with the counts left blank', () => {
    const rows = aggregateCsvRows(rubric, null, { team })
    expect(rows).toHaveLength(40)
    expect(column(rows, 'Team level', '2a3')).toBe('Consistently Low Performance')
    expect(column(rows, 'Picks', '2a3')).toBe('')
  })
})
