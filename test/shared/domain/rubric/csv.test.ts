import { describe, expect, it } from 'vitest'
import { LEA_SELF_REFLECTION } from '../../../../shared/content/lea-self-reflection'
import { aggregateCsv, aggregateCsvRows, escapeCsvCell, toCsv } from '../../../../shared/domain/rubric/csv'
import { buildAnonymousPublication, buildNamedPublication } from '../../../../shared/domain/rubric/publication'
import { seededRandom } from '../../../../shared/domain/rubric/shuffle'

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
      'Domain', 'Practice', 'Element', 'Title', 'Picks',
      'Consistently Low Performance', 'Basic Performance', 'Moderate Performance', 'Consistently High Performance',
      'Median', 'Lowest', 'Highest', 'Disagreement', 'Evidence',
    ])
    expect(rows).toHaveLength(38)
    expect(rows[1]?.slice(0, 13)).toEqual([
      'Leadership', '1a. Prioritize improvement and communicate urgency', '1a1',
      'Communicate urgency of school improvement', '2', '1', '0', '0', '1',
      'between Basic Performance and Moderate Performance', 'Consistently Low Performance',
      'Consistently High Performance', 'yes',
    ])
    expect(rows.flat().join()).not.toMatch(/\bm[12]\b/)
  })

  it('adds one column per member, by display name, for a named publication', () => {
    const names: Record<string, string> = { m1: 'Ana, coach', m2: 'Ben' }
    const rows = aggregateCsvRows(rubric, buildNamedPublication(rubric, submissions), { memberLabel: (id) => names[id] ?? id })
    expect(rows[0]?.slice(-2)).toEqual(['Ana, coach', 'Ben'])
    expect(rows[1]?.slice(-2)).toEqual(['Consistently Low Performance', 'Consistently High Performance'])
    expect(rows[1]?.at(-3)).toBe('Ana, coach: Minutes, "urgent"\nsecond line\nBen: =HYPERLINK("x")')
    expect(rows[2]?.slice(-2)).toEqual(['', ''])
  })

  it('quotes evidence with commas, quotes and newlines so the file still has 38 records', () => {
    const csv = aggregateCsv(rubric, buildNamedPublication(rubric, submissions))
    expect(csv).toContain('"m1: Minutes, ""urgent""\nsecond line\nm2: =HYPERLINK(""x"")"')
    expect(csv.split('\r\n')).toHaveLength(39)
  })

  it('defuses evidence that a spreadsheet would run as a formula', () => {
    const pub = buildAnonymousPublication(rubric, { m2: submissions.m2 }, seededRandom(1))
    expect(aggregateCsvRows(rubric, pub)[1]?.at(-1)).toBe('\'=HYPERLINK("x")')
  })
})
