/**
 * Prioritising causes "in each area" (per bone) and overall, from a dot-vote tally; and the root
 * causes that flow into the SWOT "What are the root causes?" area and the plan: prioritised by the
 * facilitator, tagged cause (not symptom), and actionable (including "needs district").
 */
import type { Cause, Fishbone, FishboneState } from '../../doc/fishbone-read'
import type { SwotState } from '../../doc/swot-read'
import type { PracticeCode } from '../../content/fishbone'
import { rankByVotes, type Ranked } from '../votes'
import { systemicIndex } from './systemic'

export interface BonePriorities {
  readonly boneId: string
  readonly label: string
  readonly ranked: readonly Ranked<Cause>[]
}

export interface FishbonePriorities {
  readonly perBone: readonly BonePriorities[]
  readonly overall: readonly Ranked<Cause>[]
}

/** Ties keep display order, so the ranking matches what people see on the diagram. */
export function prioritiseFishbone(fishbone: Fishbone, totals: Readonly<Record<string, number>>): FishbonePriorities {
  return {
    perBone: fishbone.bones.map((b) => ({
      boneId: b.id,
      label: b.label,
      ranked: rankByVotes(
        fishbone.causes.filter((c) => c.boneId === b.id),
        totals,
      ),
    })),
    overall: rankByVotes(fishbone.causes, totals),
  }
}

export type RootCauseGap = 'kind-untagged' | 'symptom' | 'actionable-untagged' | 'not-actionable'

/** Why a prioritised cause is kept out of the root-cause list (shown to the facilitator, not hidden). */
export function rootCauseGaps(cause: Cause): readonly RootCauseGap[] {
  const gaps: RootCauseGap[] = []
  if (cause.kind === undefined) gaps.push('kind-untagged')
  if (cause.kind === 'symptom') gaps.push('symptom')
  if (cause.actionable === undefined) gaps.push('actionable-untagged')
  if (cause.actionable === 'no') gaps.push('not-actionable')
  return gaps
}

export const isRootCause = (cause: Cause): boolean => cause.prioritised && rootCauseGaps(cause).length === 0

export interface RootCauseEntry {
  readonly fishboneId: string
  readonly causeId: string
  readonly text: string
  readonly headText: string
  readonly practiceCode?: PracticeCode
  readonly systemic: boolean
  readonly needsDistrict: boolean
  readonly needsEvidence: boolean
  readonly swotBoardId?: string
  readonly swotItemId?: string
}

/**
 * All root causes across diagrams, in diagram then display order. A systemic cause appears once per
 * diagram it is prioritised in; `dedupeShared` keeps only its first appearance (for the plan).
 */
export function rootCauses(state: FishboneState, dedupeShared = false): readonly RootCauseEntry[] {
  const systemic = systemicIndex(state)
  const seen = new Set<string>()
  const out: RootCauseEntry[] = []
  for (const f of state.fishbones)
    for (const c of f.causes) {
      if (!isRootCause(c) || (dedupeShared && seen.has(c.sharedKey))) continue
      seen.add(c.sharedKey)
      out.push({
        fishboneId: f.id,
        causeId: c.id,
        text: c.text,
        headText: f.head.text,
        ...(c.practiceCode !== undefined && { practiceCode: c.practiceCode }),
        systemic: systemic(c).systemic,
        needsDistrict: c.actionable === 'needs-district',
        needsEvidence: c.needsEvidence,
        ...(f.head.swotBoardId !== undefined && { swotBoardId: f.head.swotBoardId }),
        ...(f.head.swotItemId !== undefined && { swotItemId: f.head.swotItemId }),
      })
    }
  return out
}

/**
 * Root causes for each SWOT board's "What are the root causes?" area: those of diagrams made from
 * one of the board's items (a deleted item's diagram no longer counts). boardId → entries.
 */
export function rootCausesForSwot(swot: SwotState, state: FishboneState): ReadonlyMap<string, readonly RootCauseEntry[]> {
  const itemBoard = new Map<string, string>()
  for (const b of swot.boards) for (const items of Object.values(b.quadrants)) for (const i of items) itemBoard.set(i.id, b.id)
  const out = new Map<string, RootCauseEntry[]>(swot.boards.map((b) => [b.id, []]))
  for (const entry of rootCauses(state)) {
    const boardId = entry.swotItemId === undefined ? undefined : itemBoard.get(entry.swotItemId)
    if (boardId !== undefined && boardId === entry.swotBoardId) out.get(boardId)?.push(entry)
  }
  return out
}
