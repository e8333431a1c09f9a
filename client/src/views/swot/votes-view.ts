/** Pure helpers for the vote UI: dots left, and the ranked results with the top marks. */
import { SWOT_QUADRANTS } from '../../../../shared/content/swot-prompts'
import type { SwotBoard, SwotItem } from '../../../../shared/doc/swot-read'
import { rankByVotes, type Ranked } from '../../../../shared/domain/votes'

export const dotsUsed = (mine: Readonly<Record<string, number>>): number => Object.values(mine).reduce((sum, n) => sum + n, 0)
export const dotsLeft = (mine: Readonly<Record<string, number>>, budget: number): number => Math.max(0, budget - dotsUsed(mine))

/** Every item on the board ranked by its dots; items with none are left out (nobody chose them). */
export function rankedItems(board: SwotBoard, totals: Readonly<Record<string, number>>): readonly Ranked<SwotItem>[] {
  const all = SWOT_QUADRANTS.flatMap((q) => board.quadrants[q])
  return rankByVotes(all, totals).filter((r) => r.votes > 0)
}
