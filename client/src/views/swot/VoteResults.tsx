/**
 * The latest closed vote on this board as a prioritised list (most dots first, ties share a rank),
 * where the facilitator marks the top items; marked items carry a "Top priority" badge on the grid.
 */
import { useId } from 'react'
import type * as Y from 'yjs'
import { QUADRANT_INFO } from '../../../../shared/content/swot-prompts'
import { setTopItems } from '../../../../shared/doc/round-settings'
import type { SwotBoard } from '../../../../shared/doc/swot-read'
import type { VoteResult } from '../../../../shared/doc/vote-results'
import type { TargetedRound } from '../../../../shared/doc/round-settings'
import { rankedItems } from './votes-view'
import { rankLabel } from '../../../../shared/domain/votes'

interface Props {
  readonly board: SwotBoard
  readonly result: { readonly round: TargetedRound; readonly result: VoteResult }
  readonly top: ReadonlySet<string>
  readonly controlDoc: Y.Doc
  readonly canMark: boolean
  readonly announce: (message: string) => void
}

export function VoteResults({ board, result, top, controlDoc, canMark, announce }: Props) {
  const ids = useId()
  const ranked = rankedItems(board, result.result.totals)
  const toggle = (itemId: string, on: boolean, text: string) => {
    const next = on ? [...top, itemId] : [...top].filter((id) => id !== itemId)
    if (setTopItems(controlDoc, result.round.id, next).ok) announce(`${on ? 'Marked' : 'Unmarked'} “${text}” as a top priority.`)
  }
  return (
    <section className="swot-results card" aria-labelledby={`${ids}-h`}>
      <h3 id={`${ids}-h`}>Vote results: {result.round.title}</h3>
      <p className="small muted">
        {result.result.voters} {result.result.voters === 1 ? 'person' : 'people'} voted, {result.result.budget} dots each.
        {canMark ? ' Mark the items the team will take forward.' : ''}
      </p>
      {ranked.length === 0 ? (
        <p className="empty">Nobody placed a dot on an item that is still on the board.</p>
      ) : (
        <ol className="swot-ranked">
          {ranked.map((r) => {
            const { item, votes } = r
            const text = item.text.trim() || 'Untitled item'
            return (
              <li key={item.id}>
                <span className="swot-rank">{rankLabel(r)}</span> {text} <span className="muted small">({QUADRANT_INFO[item.quadrant].label})</span>{' '}
                <strong>
                  {votes} {votes === 1 ? 'dot' : 'dots'}
                </strong>
                {canMark ? (
                  <label className="swot-top-toggle small">
                    <input type="checkbox" checked={top.has(item.id)} onChange={(e) => toggle(item.id, e.target.checked, text)} /> Top priority
                  </label>
                ) : (
                  top.has(item.id) && <span className="swot-badge top">★ Top priority</span>
                )}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
