/**
 * Dot-vote tally and ranking, pure. Votes come from members' private documents (remote data), so
 * every entry is checked; an entry that breaks a rule counts zero and is listed with its reason.
 * Deterministic: members and items are walked in code-unit order, whatever order they arrive in.
 */

export type IgnoredReason = 'not-a-count' | 'unknown-item' | 'over-cap' | 'over-budget'

export interface IgnoredVote {
  readonly memberId: string
  readonly itemId: string
  readonly count: unknown
  readonly reason: IgnoredReason
}

export interface Tally {
  /** itemId → dots; items nobody voted for are absent */
  readonly totals: Readonly<Record<string, number>>
  /** members with at least one counted dot */
  readonly voters: number
  readonly ignored: readonly IgnoredVote[]
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * `budget`: dots per member; `cap`: most dots per member per item; `itemIds`: when given, votes for
 * anything else (a deleted cause, a forged id) are ignored. Within one member, entries are counted in
 * itemId order until the budget is spent; a later entry that would overspend is ignored whole.
 */
export function tally(
  votesByMember: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  budget: number,
  cap: number,
  itemIds?: Iterable<string>,
): Tally {
  const known = itemIds === undefined ? undefined : new Set(itemIds)
  const totals: Record<string, number> = {}
  const ignored: IgnoredVote[] = []
  let voters = 0
  for (const memberId of Object.keys(votesByMember).sort(byCodeUnit)) {
    const votes = votesByMember[memberId] ?? {}
    let spent = 0
    for (const itemId of Object.keys(votes).sort(byCodeUnit)) {
      const count = votes[itemId]
      const skip = (reason: IgnoredReason): void => void ignored.push({ memberId, itemId, count, reason })
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) skip('not-a-count')
      else if (count === 0) continue
      else if (known && !known.has(itemId)) skip('unknown-item')
      else if (count > cap) skip('over-cap')
      else if (spent + count > budget) skip('over-budget')
      else {
        spent += count
        totals[itemId] = (totals[itemId] ?? 0) + count
      }
    }
    if (spent > 0) voters++
  }
  return { totals, voters, ignored }
}

export interface Ranked<T> {
  readonly item: T
  readonly votes: number
  /**
   * competition ranking among items with at least one dot: 1, 1, 3 … (ties share a rank);
   * undefined for an item with no dots, which nobody chose and so has no place in the order
   */
  readonly rank: number | undefined
  /** another ranked item has the same number of dots */
  readonly tied: boolean
}

/** Most votes first; ties keep the given (display) order and share a rank; zero-dot items come last, unranked. */
export function rankByVotes<T extends { readonly id: string }>(items: readonly T[], totals: Readonly<Record<string, number>>): Ranked<T>[] {
  const sorted = items
    .map((item, i) => ({ item, i, votes: Math.max(0, totals[item.id] ?? 0) }))
    .sort((a, b) => b.votes - a.votes || a.i - b.i)
  const count = new Map<number, number>()
  for (const s of sorted) count.set(s.votes, (count.get(s.votes) ?? 0) + 1)
  return sorted.map((s) => {
    const voted = s.votes > 0
    return { item: s.item, votes: s.votes, rank: voted ? sorted.findIndex((t) => t.votes === s.votes) + 1 : undefined, tied: voted && (count.get(s.votes) ?? 0) > 1 }
  })
}

/** "#1", "#1 (tied)", or "" for an unranked item: the one wording every ranked list uses. */
export function rankLabel(r: Pick<Ranked<unknown>, 'rank' | 'tied'>): string {
  return r.rank === undefined ? '' : `#${r.rank}${r.tied ? ' (tied)' : ''}`
}
