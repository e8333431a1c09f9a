/**
 * Walking a rubric: elements in rubric order with their practice and domain, lookup by id, and
 * the check that a number is a level of this rubric. Works for any `Rubric`.
 */
import type { Rubric, RubricDomain, RubricElement, RubricPractice } from '../../content/rubric-model'
import type { LevelIndex } from './types'

export type PlacedElement = {
  readonly element: RubricElement
  readonly practice: RubricPractice
  readonly domain: RubricDomain
  /** position in rubric order, 0-based — the tie-breaker every sort falls back to */
  readonly order: number
}

export function rubricElements(rubric: Rubric): readonly PlacedElement[] {
  const out: PlacedElement[] = []
  for (const domain of rubric.domains)
    for (const practice of domain.practices)
      for (const element of practice.elements) out.push({ element, practice, domain, order: out.length })
  return out
}

export function elementIds(rubric: Rubric): readonly string[] {
  return rubricElements(rubric).map((p) => p.element.id)
}

export function findElement(rubric: Rubric, elementId: string): PlacedElement | undefined {
  return rubricElements(rubric).find((p) => p.element.id === elementId)
}

export function isLevelIndex(rubric: Rubric, value: unknown): value is LevelIndex {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < rubric.levels.length
}
