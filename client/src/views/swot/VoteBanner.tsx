/** While a dot vote is open: the rules, and how many of my dots are left (each dot's announcement says so too). */
import type { TargetedRound } from '../../../../shared/doc/round-settings'
import { dotsLeft } from './votes-view'

interface Props {
  readonly round: TargetedRound
  readonly myDots: Readonly<Record<string, number>>
  readonly canVote: boolean
}

export function VoteBanner({ round, myDots, canVote }: Props) {
  const rules = round.settings.vote
  if (!rules) return null
  return (
    <section className="swot-banner card" aria-label="Dot vote">
      <p>
        <strong>Dot vote open.</strong> Each person has {rules.budget} dots, at most {rules.cap} on one item. Your dots stay private until the
        facilitator closes the vote; only totals are shown.
      </p>
      {canVote ? (
        // not live: each dot's own announcement (workspace announcer) already says how many are left
        <p data-testid="dots-left">
          You have <strong>{dotsLeft(myDots, rules.budget)}</strong> of {rules.budget} dots left. Use the + and − buttons on each item.
        </p>
      ) : (
        <p className="muted">Observers watch the vote; they do not vote.</p>
      )}
    </section>
  )
}
