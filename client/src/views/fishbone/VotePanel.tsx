/**
 * Dot voting on this fishbone's causes. The facilitator opens a round (budget, per-cause cap) in the
 * control document and closes it through the server, which tallies; each member's dots stay in
 * their own private document, unseen by anyone until the close.
 */
import { useId, useState, type FormEvent } from 'react'
import type * as Y from 'yjs'
import type { Fishbone } from '../../../../shared/doc/fishbone-read'
import type { TargetedRound } from '../../../../shared/doc/round-settings'
import { addVote } from '../../../../shared/doc/votes'
import { RoundParticipation } from '../../facilitation/RoundParticipation'
import { useWorkspace } from '../../workspace/context'
import { boardErrorText } from './errors'
import { dotsLeft } from './priorities'

interface Props {
  readonly fishbone: Fishbone
  readonly round: TargetedRound | undefined
  readonly myDoc: Y.Doc
  readonly mine: Readonly<Record<string, number>>
  readonly isFacilitator: boolean
  readonly canVote: boolean
  readonly busy: boolean
  readonly onOpen: (budget: number, cap: number) => void
  readonly onClose: (roundId: string) => void
  readonly announce: (message: string) => void
}

export function VotePanel({ fishbone, round, myDoc, mine, isFacilitator, canVote, busy, onOpen, onClose, announce }: Props) {
  const ids = useId()
  const { workspace, token } = useWorkspace()
  const [budget, setBudget] = useState(3)
  const [cap, setCap] = useState(2)
  const rules = round?.settings.vote
  const open = (e: FormEvent) => {
    e.preventDefault()
    onOpen(budget, cap)
  }
  const dot = (causeId: string, delta: 1 | -1) => {
    if (!round || !rules) return
    const r = addVote(myDoc, { voteId: round.id, itemId: causeId, delta, budget: rules.budget, cap: rules.cap })
    announce(r.ok ? `${delta > 0 ? 'Dot added' : 'Dot removed'}. ${dotsLeft({ ...mine, [causeId]: Math.max(0, (mine[causeId] ?? 0) + delta) }, rules.budget)} left.` : boardErrorText(r.error))
  }
  return (
    <section className="fb-vote card" aria-labelledby={`${ids}-h`}>
      <h3 id={`${ids}-h`}>Dot vote</h3>
      {round && rules ? (
        <>
          <p>
            <strong>Open:</strong> {round.title}. Each person has {rules.budget} dots, at most {rules.cap} on one cause. Your dots stay private until the
            facilitator closes the vote.
          </p>
          {canVote && (
            <>
              <p aria-live="polite">You have {dotsLeft(mine, rules.budget)} {dotsLeft(mine, rules.budget) === 1 ? 'dot' : 'dots'} left.</p>
              <ul className="fb-dots">
                {fishbone.causes.map((c) => {
                  const n = mine[c.id] ?? 0
                  const label = c.text.trim() || 'empty cause'
                  return (
                    <li key={c.id}>
                      <span>{label}</span>
                      <span className="fb-dot-count">
                        {n} {n === 1 ? 'dot' : 'dots'}
                      </span>
                      <button type="button" aria-label={`Remove a dot from ${label}`} disabled={n === 0} onClick={() => dot(c.id, -1)}>
                        −
                      </button>
                      <button type="button" aria-label={`Add a dot to ${label}`} disabled={n >= rules.cap || dotsLeft(mine, rules.budget) === 0} onClick={() => dot(c.id, 1)}>
                        +
                      </button>
                    </li>
                  )
                })}
              </ul>
            </>
          )}
          {isFacilitator && (
            <>
              <RoundParticipation workspaceId={workspace.id} roundId={round.id} token={token} />
              <button type="button" className="primary" disabled={busy} onClick={() => onClose(round.id)}>
                Close the vote and show the results
              </button>
            </>
          )}
        </>
      ) : isFacilitator ? (
        <form onSubmit={open} className="row wrap">
          <label htmlFor={`${ids}-b`}>Dots per person</label>
          <input id={`${ids}-b`} type="number" min={1} max={50} value={budget} onChange={(e) => setBudget(Number(e.target.value))} className="fb-num" />
          <label htmlFor={`${ids}-c`}>Most dots on one cause</label>
          <input id={`${ids}-c`} type="number" min={1} max={50} value={cap} onChange={(e) => setCap(Number(e.target.value))} className="fb-num" />
          <button type="submit" disabled={busy || fishbone.causes.length === 0}>
            Open a dot vote on these causes
          </button>
        </form>
      ) : (
        <p className="muted">No vote is open. When the facilitator opens one, you place your dots here.</p>
      )}
    </section>
  )
}
