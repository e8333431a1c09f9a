/**
 * Keyboard moves on the SWOT grid, pure. The grid follows Tool A's pairs: the left column is
 * Strengths over Opportunities ("leverage"), the right Weaknesses over Threats ("root causes").
 * Alt+Up/Down reorder within a quadrant and cross to the one above/below at its edge;
 * Alt+Left/Right cross to the other column at the same position.
 */
import type { SwotQuadrant } from '../../../../shared/content/swot-prompts'

export const GRID: readonly (readonly SwotQuadrant[])[] = [
  ['strengths', 'weaknesses'],
  ['opportunities', 'threats'],
]

export type Direction = 'up' | 'down' | 'left' | 'right'

export const KEY_DIRECTIONS: Readonly<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' }

export interface Position {
  readonly quadrant: SwotQuadrant
  /** index in the quadrant as displayed */
  readonly index: number
}

export interface MoveTarget {
  readonly quadrant: SwotQuadrant
  /** index among the target quadrant's OTHER items (what moveSwotItem takes) */
  readonly index: number
}

function cell(q: SwotQuadrant): { row: number; col: number } {
  const row = GRID.findIndex((r) => r.includes(q))
  return { row, col: GRID[row]?.indexOf(q) ?? 0 }
}

const at = (row: number, col: number): SwotQuadrant | undefined => GRID[row]?.[col]

/** `sizes`: items per quadrant now. Null when the item is already at the grid's edge that way. */
export function keyboardMove(from: Position, direction: Direction, sizes: Readonly<Record<SwotQuadrant, number>>): MoveTarget | null {
  const { row, col } = cell(from.quadrant)
  const size = sizes[from.quadrant]
  if (direction === 'up') {
    if (from.index > 0) return { quadrant: from.quadrant, index: from.index - 1 }
    const above = at(row - 1, col)
    return above ? { quadrant: above, index: sizes[above] } : null
  }
  if (direction === 'down') {
    if (from.index < size - 1) return { quadrant: from.quadrant, index: from.index + 1 }
    const below = at(row + 1, col)
    return below ? { quadrant: below, index: 0 } : null
  }
  const side = at(row, direction === 'left' ? col - 1 : col + 1)
  return side ? { quadrant: side, index: Math.min(from.index, sizes[side]) } : null
}
