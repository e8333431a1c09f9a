/**
 * The plan draft as plain, readonly data: what `readPlan(doc)` returns and what the snapshot reads.
 * Children are nested and already sorted by their order keys; empty text is ''.
 */
import type { LinkKind, PlanItemKind } from './items'
import { CADENCE_IDS, HEADER_FIELDS, NEEDS_OTHER_SLOTS, type CadenceId, type HeaderFieldId } from './tool-a'
import type { PaperSize } from '../render/model'
import type { SessionSentenceId } from './session'

export type PlanLinks = { readonly [K in LinkKind]: readonly string[] }
export type Person = { readonly key: string; readonly name: string }

export type GoalMeasureDraft = {
  readonly id: string
  readonly indicator: string
  readonly dataSource: string
  readonly baseline: string
  readonly target1: string
  readonly target2: string
  readonly target3: string
}
export type GoalDraft = { readonly id: string; readonly statement: string; readonly explanation: string; readonly measures: readonly GoalMeasureDraft[] }

export type StrategyMeasureDraft = Omit<GoalMeasureDraft, 'target3'>
export type ActionDraft = {
  readonly id: string
  readonly text: string
  readonly outputs: string
  readonly timeline: string
  readonly resources: string
  /** normally one entry; concurrent assignments leave several, which the quality check reports */
  readonly responsible: readonly Person[]
  readonly collaborators: string
}
export type MilestoneDraft = { readonly id: string; readonly text: string; readonly timeline: string; readonly actions: readonly ActionDraft[] }
export type StrategyDraft = {
  readonly id: string
  readonly ifWe: string
  readonly then: string
  readonly and: string
  /** Four Domains practice code, 1a–4c */
  readonly practiceCode: string | null
  readonly goalId: string | null
  /** a strategy doable in one year is "too narrow and most likely a useful milestone" (Tool A guidance) */
  readonly achievableWithinOneYear: boolean
  readonly links: PlanLinks
  readonly measures: readonly StrategyMeasureDraft[]
  readonly milestones: readonly MilestoneDraft[]
}
export type SupportDraft = {
  readonly id: string
  readonly needed: string
  readonly provided: string
  readonly provider: string
  readonly howUsed: string
  readonly effectiveness: string
}
export type PriorityDraft = {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly links: PlanLinks
  readonly strategies: readonly StrategyDraft[]
  readonly supports: readonly SupportDraft[]
}
export type LeaderDraft = { readonly id: string; readonly name: string; readonly position: string }
export type SignatureDraft = {
  readonly id: string
  readonly name: string
  readonly position: string
  readonly planRole: string
  /** the typed signature; '' until signed */
  readonly signature: string
  readonly signedAt: string
}

export type PlanDraft = {
  readonly header: Readonly<Record<HeaderFieldId, string>>
  readonly dateOfPlan: string
  readonly dateOfUpdate: string
  readonly leadership: readonly LeaderDraft[]
  readonly vision: string
  readonly mission: string
  readonly goals: readonly GoalDraft[]
  readonly signatures: readonly SignatureDraft[]
  readonly needs: {
    /** ticked checklist keys (see `elementKey`) */
    readonly elements: readonly string[]
    /** "other: ___" texts by slot key */
    readonly other: Readonly<Record<string, string>>
    readonly howCompleted: string
    readonly stakeholderInput: string
    readonly leverage: string
    readonly rootCauses: string
    /** the team's wording for session-record sentences, by sentence id ('' = the generated one) */
    readonly record: Readonly<Partial<Record<SessionSentenceId, string>>>
  }
  /** how the plan's documents are printed; '' locale = the default */
  readonly settings: { readonly paper: PaperSize; readonly locale: string }
  readonly priorities: readonly PriorityDraft[]
  readonly reporting: Readonly<Record<CadenceId, string>>
  /** items whose parent was deleted while someone else added to it; the UI can offer to re-home them */
  readonly orphans: readonly { readonly kind: PlanItemKind; readonly id: string }[]
}

export const noLinks = (): PlanLinks => ({ cause: [], swot: [], rubric: [] })

/** The draft of an empty board (what readPlan returns for a fresh document). */
export function emptyPlanDraft(): PlanDraft {
  const blank = <K extends string>(keys: readonly K[]) => {
    const out = {} as Record<K, string>
    for (const k of keys) out[k] = ''
    return out
  }
  return {
    header: blank(Object.keys(HEADER_FIELDS) as HeaderFieldId[]),
    dateOfPlan: '',
    dateOfUpdate: '',
    leadership: [],
    vision: '',
    mission: '',
    goals: [],
    signatures: [],
    needs: { elements: [], other: blank(NEEDS_OTHER_SLOTS), howCompleted: '', stakeholderInput: '', leverage: '', rootCauses: '', record: {} },
    settings: { paper: 'letter', locale: '' },
    priorities: [],
    reporting: blank(CADENCE_IDS),
    orphans: [],
  }
}
