import { describe, expect, expectTypeOf, it } from 'vitest'
import { LEA_SELF_REFLECTION } from '../../../../shared/content/lea-self-reflection'
import {
  buildAnonymousPublication,
  buildNamedPublication,
  buildPublication,
  restrictToDomains,
  type AnonymousPublication,
  type NamedPublication,
} from '../../../../shared/domain/rubric/publication'
import { publishedRubricSchema, rubricPublicationSchema } from '../../../../shared/domain/rubric/publication-schema'
import { seededRandom, shuffled } from '../../../../shared/random'
import type { SubmissionsByMember } from '../../../../shared/domain/rubric/types'

const rubric = LEA_SELF_REFLECTION
const submissions: SubmissionsByMember = {
  'member-ana': { picks: { '1a1': 0, '2a3': 1 }, evidence: { '1a1': 'Agenda rarely mentions improvement', '2a3': '  ' } },
  'member-ben': { picks: { '1a1': 2 }, evidence: { '1a1': 'Monthly urgency memo' } },
  'member-cy': { picks: { '1a1': 1, '4c3': 3 }, evidence: { '1a1': 'Board minutes', '4c3': 'Parent guide online' } },
}

describe('the anonymous publication', () => {
  const pub = buildAnonymousPublication(rubric, submissions, seededRandom(7))

  it('carries counts, median, range and flag per element but no member id anywhere', () => {
    const first = pub.elements[0]
    expect(first).toMatchObject({ elementId: '1a1', n: 3, counts: [1, 1, 1, 0], median: 1, disagreement: true })
    expect(first?.range).toEqual({ min: 0, max: 2 })
    expect(JSON.stringify(pub)).not.toMatch(/member-/)
    expect(pub.memberCount).toBe(3)
  })

  it('pools non-blank evidence without authors', () => {
    expect([...(pub.elements[0]?.evidence ?? [])].sort()).toEqual(
      ['Agenda rarely mentions improvement', 'Board minutes', 'Monthly urgency memo'],
    )
    expect(pub.elements.find((e) => e.elementId === '2a3')?.evidence).toEqual([])
  })

  it('orders evidence by the random function, not by who wrote it', () => {
    const orders = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) =>
        buildAnonymousPublication(rubric, submissions, seededRandom(seed)).elements[0]?.evidence.join('|'),
      ),
    )
    expect(orders.size).toBeGreaterThan(1)
    expect(buildAnonymousPublication(rubric, submissions, seededRandom(7))).toEqual(pub)
  })

  it('cannot carry member ids, by type and by schema', () => {
    expectTypeOf<NamedPublication>().not.toExtend<AnonymousPublication>()
    const leaky = { ...pub, elements: pub.elements.map((e) => ({ ...e, picks: { 'member-ana': 0 } })) }
    // @ts-expect-error an anonymous result has no `picks`
    const typed: AnonymousPublication = leaky
    expect(typed.mode).toBe('anonymous')
    expect(rubricPublicationSchema.safeParse(leaky).success).toBe(false)
    expect(rubricPublicationSchema.safeParse({ ...pub, memberIds: ['member-ana'] }).success).toBe(false)
    expect(rubricPublicationSchema.safeParse(pub).success).toBe(true)
  })
})

describe('the named publication', () => {
  const pub = buildNamedPublication(rubric, submissions)

  it('adds who picked what and who wrote which evidence', () => {
    expect(pub.memberIds).toEqual(['member-ana', 'member-ben', 'member-cy'])
    expect(pub.elements[0]?.picks).toEqual({ 'member-ana': 0, 'member-ben': 2, 'member-cy': 1 })
    expect(pub.elements[0]?.evidence.map((e) => e.memberId)).toEqual(['member-ana', 'member-ben', 'member-cy'])
    expect(pub.elements.find((e) => e.elementId === '4c3')?.picks).toEqual({ 'member-cy': 3 })
    expect(rubricPublicationSchema.safeParse(pub).success).toBe(true)
  })

  it.each(['anonymous', 'named'] as const)('is chosen by mode "%s"', (mode) => {
    expect(buildPublication(rubric, submissions, mode, seededRandom(1)).mode).toBe(mode)
  })
})

describe('revealing domain by domain', () => {
  it.each([
    [[], 0],
    [['1'], 11],
    [['1', '3'], 19],
    [['1', '2', '3', '4'], 37],
  ])('domains %j keep %i elements', (domains, count) => {
    const pub = restrictToDomains(buildNamedPublication(rubric, submissions), domains)
    expect(pub.elements).toHaveLength(count)
    expect(publishedRubricSchema.safeParse({ revealedDomains: domains, publication: pub }).success).toBe(true)
  })
})

describe('shuffling', () => {
  it('keeps every item exactly once', () => {
    const items = ['a', 'b', 'c', 'd', 'e']
    expect([...shuffled(items, seededRandom(3))].sort()).toEqual(items)
  })

  it('stays in range even when the random function returns 1', () => {
    expect([...shuffled([1, 2, 3], () => 1)].sort()).toEqual([1, 2, 3])
  })
})
