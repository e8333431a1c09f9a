/**
 * Who is expected to take part in a round (a brainstorm, a dot vote, rubric scoring) and who has.
 * Participants are always expected; a facilitator only once they have taken part themselves (a
 * coach running the round is not "1 of 5 still to finish"); observers never. In anonymous mode
 * only counts leave this module, so nothing built from its answer can carry a name or an id.
 */
import type { AnonymityMode } from './facilitation/control-state'

export interface Taker {
  readonly id: string
  readonly role: string
  readonly displayName: string
}

/** What each member has done so far: drafts written, dots placed, elements scored. */
export type Activity = Readonly<Record<string, number>>

export type Participation =
  | { readonly mode: 'anonymous'; readonly expected: number; readonly done: number }
  | {
      readonly mode: 'named'
      readonly expected: number
      readonly done: number
      /** in the order given (the members list's order); `count` is that member's activity */
      readonly members: readonly { readonly memberId: string; readonly displayName: string; readonly count: number; readonly done: boolean }[]
    }

const activityOf = (activity: Activity, id: string): number => (Object.hasOwn(activity, id) ? (activity[id] ?? 0) : 0)

/** The members a count is out of: participants, and facilitators who have done something. */
export function expectedTakers<M extends Taker>(members: readonly M[], activity: Activity): M[] {
  return members.filter((m) => m.role === 'participant' || (m.role === 'facilitator' && activityOf(activity, m.id) > 0))
}

export function participation(members: readonly Taker[], activity: Activity, mode: AnonymityMode): Participation {
  const takers = expectedTakers(members, activity)
  const done = takers.filter((m) => activityOf(activity, m.id) > 0).length
  if (mode === 'anonymous') return { mode, expected: takers.length, done }
  return {
    mode,
    expected: takers.length,
    done,
    members: takers.map((m) => ({ memberId: m.id, displayName: m.displayName, count: activityOf(activity, m.id), done: activityOf(activity, m.id) > 0 })),
  }
}
