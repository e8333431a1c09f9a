/**
 * Orders for reviewing elements after the reveal: rubric order, or disagreement first so discussion
 * time goes where consensus is weakest (flagged first, then wider spread, then rubric order).
 * Both accept any result row that names its element, so they sort stats and publications alike.
 */
import type { Rubric } from '../../content/rubric-model'
import { rubricElements } from './structure'

type Row = { readonly elementId: string }
type ScoredRow = Row & { readonly disagreement: boolean; readonly spread: number }

function positions(rubric: Rubric): ReadonlyMap<string, number> {
  return new Map(rubricElements(rubric).map((p) => [p.element.id, p.order]))
}

/** Unknown element ids sort last, so a stale row never hides a real one. */
function positionOf(order: ReadonlyMap<string, number>, id: string): number {
  return order.get(id) ?? Number.MAX_SAFE_INTEGER
}

export function inRubricOrder<T extends Row>(rubric: Rubric, rows: readonly T[]): T[] {
  const order = positions(rubric)
  return [...rows].sort((a, b) => positionOf(order, a.elementId) - positionOf(order, b.elementId))
}

export function disagreementFirst<T extends ScoredRow>(rubric: Rubric, rows: readonly T[]): T[] {
  const order = positions(rubric)
  return [...rows].sort(
    (a, b) =>
      Number(b.disagreement) - Number(a.disagreement) ||
      b.spread - a.spread ||
      positionOf(order, a.elementId) - positionOf(order, b.elementId),
  )
}
