/** My dots on one item while a vote is open: private to me until the facilitator closes the vote. */
import type { SwotItem } from '../../../../shared/doc/swot-read'
import { addVote } from '../../../../shared/doc/votes'
import { useBoard } from './board-context'
import { dotsLeft } from './votes-view'

export function DotControls({ item, label }: { readonly item: SwotItem; readonly label: string }) {
  const b = useBoard()
  const rules = b.vote?.settings.vote
  if (!b.vote || !rules) return null
  const n = b.myDots[item.id] ?? 0
  const left = dotsLeft(b.myDots, rules.budget)
  const change = (delta: 1 | -1) => {
    if (!b.vote) return
    const r = addVote(b.myDoc, { voteId: b.vote.id, itemId: item.id, delta, budget: rules.budget, cap: rules.cap })
    const after = left - (r.ok ? delta : 0)
    b.announce(r.ok ? `${delta > 0 ? 'Dot added to' : 'Dot removed from'} ${label}. ${after} of ${rules.budget} dots left.` : r.error.code === 'invalid' ? r.error.message : 'That dot could not be placed.')
  }
  return (
    <div className="swot-dots row" role="group" aria-label={`Your dots on ${label}`}>
      <span className="small">
        Your dots: <strong>{n}</strong>
        <span aria-hidden="true"> {'●'.repeat(n)}</span>
      </span>
      <button type="button" onClick={() => change(-1)} disabled={n === 0} aria-label={`Remove a dot from ${label}`}>
        −
      </button>
      <button type="button" onClick={() => change(1)} disabled={n >= rules.cap || left === 0} aria-label={`Add a dot to ${label}`}>
        +
      </button>
    </div>
  )
}
