import { describe, expect, it } from 'vitest'
import { LEA_LEVELS, LEA_SELF_REFLECTION } from '../../../shared/content/lea-self-reflection'
import { rubricElements } from '../../../shared/domain/rubric/structure'

const rubric = LEA_SELF_REFLECTION
const placed = rubricElements(rubric)
const byId = new Map(placed.map((p) => [p.element.id, p.element]))
const every = placed.map((p) => [p.element.id, p.element] as const)

describe('the LEA Self-Reflection rubric (Tool C)', () => {
  it('has 4 domains numbered 1–4 with 11, 9, 8 and 9 elements', () => {
    expect(rubric.domains.map((d) => d.number)).toEqual([1, 2, 3, 4])
    expect(rubric.domains.map((d) => d.practices.reduce((n, p) => n + p.elements.length, 0))).toEqual([11, 9, 8, 9])
    expect(placed).toHaveLength(37)
  })

  it('has 12 practices with the seed’s element counts', () => {
    const counts = Object.fromEntries(rubric.domains.flatMap((d) => d.practices.map((p) => [p.id, p.elements.length])))
    expect(counts).toEqual({
      '1a': 5, '1b': 3, '1c': 3, '2a': 3, '2b': 3, '2c': 3, '3a': 3, '3b': 3, '3c': 2, '4a': 3, '4b': 3, '4c': 3,
    })
  })

  it('numbers elements 1a1 … 4c3, uniquely, inside their practice and domain', () => {
    const ids = placed.map((p) => p.element.id)
    expect(new Set(ids).size).toBe(37)
    expect(ids[0]).toBe('1a1')
    expect(ids.at(-1)).toBe('4c3')
    for (const { element, practice, domain } of placed) {
      expect(element.id).toMatch(/^[1-4][a-c][1-5]$/)
      expect(element.id.startsWith(practice.id)).toBe(true)
      expect(practice.id.startsWith(domain.id)).toBe(true)
    }
  })

  it('orders the four levels from Consistently Low to Consistently High', () => {
    expect(rubric.levels.map((l) => l.label)).toEqual([
      'Consistently Low Performance',
      'Basic Performance',
      'Moderate Performance',
      'Consistently High Performance',
    ])
    expect(rubric.levels).toBe(LEA_LEVELS)
    expect(rubric.cumulative).toBe(true)
    expect(rubric.evidenceLabel).toBe('Evidence')
  })

  it.each(every)('gives %s four non-empty descriptors, each higher one starting "And"', (_id, element) => {
    expect(element.levels).toHaveLength(4)
    element.levels.forEach((level, i) => {
      expect(level.text.trim()).not.toBe('')
      expect(level.text.startsWith('And ')).toBe(i > 0)
      expect(level.text).toMatch(/\.$/)
    })
    expect(element.shortTitle).not.toBe('')
  })

  it('keeps no markup and no doubled spaces in display text', () => {
    const texts = placed.flatMap((p) => [p.element.statement.text, ...p.element.levels.map((l) => l.text)])
    for (const text of texts) expect(text).not.toMatch(/<\/?[a-z]+>|\s{2}|\s[.,:]/)
  })

  it('keeps raw only where it differs from the cleaned text', () => {
    const sourced = [
      ...rubric.domains.flatMap((d) => [d.title, d.strengthsWeaknesses]),
      ...rubric.domains.flatMap((d) => d.practices.map((p) => p.title)),
      ...placed.flatMap((p) => [p.element.statement, ...p.element.levels]),
    ]
    for (const s of sourced) if ('raw' in s) expect(s.raw).not.toBe(s.text)
  })

  it.each([
    ['1a1', 3, 'improvement as a key topic', 'improvement a key topic'],
    ['1a3', 1, 'And includes student-focused goals', 'student-that includes focused'],
    ['1a3', 2, 'And team members know', 'And ensure personnel And, team members'],
    ['1a3', 3, 'And the direction acts as a filter', 'And uses the direction And,'],
    ['1a4', 1, 'qualitative and quantitative data', 'qualitative and qualitative'],
    ['1a4', 2, 'weaknesses related to the Four Domains of Rapid School Improvement: leadership', '<i>Four Domains of School Improvement</i> :'],
    ['1b1', 1, 'Four Domains of Rapid School Improvement.', '</i> .'],
    ['1b2', 3, 'outputs, resources,', 'outputs resources'],
    ['1c1', 1, 'support school improvement.', 'support school improve.'],
    ['2c1', 1, 'performance goals.', 'performance goals'],
    ['2c3', 2, 'with school leadership to facilitate', 'leadership work to'],
    ['3a2', 0, 'are actively explored', 'is actively explored'],
    ['3b3', 3, 'to address gaps.', 'are completed.'],
    ['3c2', 3, 'and developing personal competencies', 'and developing and developing'],
    ['4a1', 2, 'And such communication is specific', 'Such communication'],
    ['4c3', 1, 'resources, assessments,', 'resources assessments'],
  ] as const)('shows %s level %i cleaned ("%s") and keeps the seed text for audit', (id, level, clean, garble) => {
    const cell = byId.get(id)?.levels[level]
    expect(cell?.text).toContain(clean)
    expect(cell?.raw).toContain(garble)
  })

  it.each([
    ['1b1', 'Strategies (effective practices)', '1b1.Strategies'],
    ['1b3', 'and makes adjustments', 'and make adjustments'],
    ['1c3', 'The LEA grants school leaders', '<p>1c3.The LEA'],
    ['3a1', 'assist teachers to drill down', 'assist teachers drill down'],
    ['4b1', 'positive are gathered', 'positive is gathered'],
    ['4c3', 'long-term goals', 'longterm goals'],
  ] as const)('shows the %s statement cleaned ("%s")', (id, clean, garble) => {
    expect(byId.get(id)?.statement.text).toContain(clean)
    expect(byId.get(id)?.statement.raw).toContain(garble)
  })

  it('names the domains 1–4 although the seed prints 1 / none / 2 / 3', () => {
    expect(rubric.domains.map((d) => [d.title.text, d.title.raw])).toEqual([
      ['Leadership', '1. LEADERSHIP'],
      ['Talent Development', 'TALENT DEVELOPMENT'],
      ['Instructional Transformation', '2. INSTRUCTIONAL TRANSFORMATION'],
      ['Culture Shift', '3. CULTURE SHIFT'],
    ])
  })

  it('has one "Strengths and Weaknesses in …" area per domain, worded as in the seed', () => {
    expect(rubric.domains.map((d) => d.strengthsWeaknesses.text)).toEqual([
      'Strengths and Weaknesses in Leadership',
      'Strengths and Weaknesses in Talent Development',
      'Strengths and Weaknesses in Instructional Transformation',
      'Strengths and Weaknesses in Culture',
    ])
  })

  it('credits the source under CC BY 4.0 and says it is not a needs assessment', () => {
    expect(rubric.source.attribution).toMatch(/^Adapted from Tool C.*Layland, A\. & Corbett, J\. \(2017\).*CCSSO.*CC BY 4\.0/)
    expect(rubric.source.licenseUrl).toBe('https://creativecommons.org/licenses/by/4.0/')
    expect(rubric.notes.join(' ')).toContain('NOT a needs assessment')
  })
})
