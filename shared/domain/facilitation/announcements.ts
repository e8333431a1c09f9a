/**
 * What a participant hears when the facilitator acts (WCAG 4.1.3): the sentences one change of the
 * `control` and `published` documents means, derived here in one place from two plain snapshots.
 * Pure: names of boards and rubric domains are passed in; the first snapshot announces nothing.
 */
import type { ControlState, Round } from './control-state'

export interface AnnouncedState {
  readonly control: ControlState
  /** a vote round's dot budget (round settings), by round id */
  readonly budgets: Readonly<Record<string, number>>
  /** published vote results, by round id */
  readonly results: Readonly<Record<string, { readonly voters: number; readonly dots: number }>>
}

export interface AnnounceNames {
  board(id: string): string
  domain(id: string): string
}

function roundSentences(before: Round | undefined, round: Round, budget: number | undefined): string[] {
  const title = round.title ? `: ${round.title}` : ''
  if (round.kind === 'brainstorm') {
    if (!before && round.status === 'open') return [`Silent brainstorm started${title}. Your drafts stay private until the facilitator reveals them.`]
    if (before?.status !== 'revealed' && round.status === 'revealed') return [`Drafts revealed${title}.`]
    if (before?.status === 'open' && round.status === 'closed') return [`Silent brainstorm closed${title}.`]
    return []
  }
  if (!before && round.status === 'open') return [`Vote opened${title}.${budget ? ` You have ${budget} ${budget === 1 ? 'dot' : 'dots'}.` : ''}`]
  if (before?.status === 'open' && round.status !== 'open') return [`Vote closed${title}.`]
  return []
}

export function announcementsFor(prev: AnnouncedState, next: AnnouncedState, names: AnnounceNames): string[] {
  const out: string[] = []
  const [a, b] = [prev.control, next.control]
  const phase = b.agenda?.phases[b.phase.index]
  if (phase && (a.phase.index !== b.phase.index || a.phase.epoch !== b.phase.epoch || a.agenda?.templateId !== b.agenda?.templateId))
    out.push(`Phase ${b.phase.index + 1} of ${b.agenda?.phases.length ?? 0}: ${phase.title}.`)
  for (const round of b.rounds) out.push(...roundSentences(a.rounds.find((r) => r.id === round.id), round, next.budgets[round.id]))
  for (const [id, result] of Object.entries(next.results)) {
    if (prev.results[id]) continue
    const title = b.rounds.find((r) => r.id === id)?.title
    out.push(`Vote results${title ? ` for ${title}` : ''}: ${result.voters} ${result.voters === 1 ? 'person' : 'people'} placed ${result.dots} ${result.dots === 1 ? 'dot' : 'dots'}.`)
  }
  for (const domain of b.revealedDomains) if (!a.revealedDomains.includes(domain)) out.push(`Rubric results revealed for ${names.domain(domain)}.`)
  for (const board of b.locks) if (!a.locks.includes(board)) out.push(`${names.board(board)} locked by the facilitator.`)
  for (const board of a.locks) if (!b.locks.includes(board)) out.push(`${names.board(board)} unlocked.`)
  // the timer's start, pause and end are spoken by the header's timer (TimerBadge) through the same announcer
  return out
}
