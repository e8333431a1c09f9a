import { describe, expect, it } from 'vitest'
import { REFLECTION_ATTRIBUTION, REFLECTION_CATEGORIES, reflectionQuestions, type ReflectionCategory } from '../../../shared/content/reflection-themes'

const CATEGORIES: readonly ReflectionCategory[] = REFLECTION_CATEGORIES

describe('seed 001 reflection questions', () => {
  it('has 4 categories holding 3, 4, 3 and 3 themes', () => {
    expect(REFLECTION_CATEGORIES.map((c) => c.title)).toEqual([
      'Effective Leadership',
      'Quality Teaching and Learning',
      'Support for Systemwide Improvement',
      'Clear and Collaborative Relationships',
    ])
    expect(REFLECTION_CATEGORIES.map((c) => c.themes.length)).toEqual([3, 4, 3, 3])
  })

  it.each([
    [1, 'Focus on All Students Learning', 2],
    [2, 'Dynamic and Distributed Leadership', 3],
    [3, 'Sustained Improvement Efforts Over Time', 3],
    [4, 'High Expectations and Accountability for Adults', 3],
    [5, 'Coordinated and Aligned Curriculum and Assessment', 3],
    [6, 'Coordinated and Embedded Professional Development', 3],
    [7, 'Quality Classroom Instruction', 4],
    [8, 'Effective Use of Data', 3],
    [9, 'Strategic Allocation of Resources', 4],
    [10, 'Policy and Program Coherence', 3],
    [11, 'Professional Culture and Collaborative Relationships', 3],
    [12, 'Clear Understanding of School and District Roles and Responsibilities', 4],
    [13, 'Interpreting and Managing the External Environment', 5],
  ])('theme %i, %s, has %i questions', (number, title, count) => {
    const theme = CATEGORIES.flatMap((c) => c.themes).find((t) => t.number === number)
    expect(theme?.title).toBe(title)
    expect(theme?.questions).toHaveLength(count)
  })

  it('has 43 questions with unique ids, 8 + 13 + 10 + 12 by category', () => {
    const qs = reflectionQuestions()
    expect(qs).toHaveLength(43)
    expect(new Set(qs.map((q) => q.id)).size).toBe(43)
    expect(REFLECTION_CATEGORIES.map((c) => qs.filter((q) => q.categoryId === c.id).length)).toEqual([8, 13, 10, 12])
  })

  it('quotes the seed verbatim and names its source', () => {
    expect(reflectionQuestions().map((q) => q.text)).toContain('How does district mobilize community support?')
    expect(REFLECTION_ATTRIBUTION.source).toMatch(/OSPI/)
  })
})
