/**
 * One lookup over every prompt deck. A prompt reference is an id prefix on a dot boundary
 * ("b.needs" → all Assess Needs prompts), a group id (its prompts), or one prompt id.
 * Unknown references resolve to nothing rather than throwing, so stored agendas outlive deck edits.
 */
import { TOOL_B, TOOL_B_ATTRIBUTION, toolBPrompts, type Attribution } from '../../content/coaching-prompts'
import { PLANNING_ATTRIBUTION, planningPrompts } from '../../content/planning-steps'
import { REFLECTION_ATTRIBUTION, reflectionQuestions } from '../../content/reflection-themes'
import { SYMPOSIUM_ATTRIBUTION, symposiumPrompts } from '../../content/symposium'

export const DECKS = {
  toolB: { prefix: 'b', title: 'Coaching techniques and questions', attribution: TOOL_B_ATTRIBUTION },
  reflection: { prefix: 'r', title: 'Improved-district reflection questions', attribution: REFLECTION_ATTRIBUTION },
  planning: { prefix: 'p', title: 'Six-step planning questions', attribution: PLANNING_ATTRIBUTION },
  symposium: { prefix: 's', title: 'Symposium framing questions', attribution: SYMPOSIUM_ATTRIBUTION },
} as const satisfies Record<string, { prefix: string; title: string; attribution: Attribution }>
export type DeckId = keyof typeof DECKS

export interface DeckPrompt {
  readonly id: string
  readonly text: string
  readonly deck: DeckId
  /** verbatim grouping header the prompt sits under (Tool B only), for display */
  readonly group: string | null
  /** id of that group, so a reference can name the group */
  readonly groupId: string | null
}

function buildAll(): readonly DeckPrompt[] {
  const groupIds = new Map<string, string>()
  for (const phase of TOOL_B)
    for (const section of phase.sections)
      for (const item of section.items) if ('header' in item) for (const p of item.prompts) groupIds.set(p.id, item.id)
  return [
    ...toolBPrompts().map((p) => ({ id: p.id, text: p.text, deck: 'toolB' as const, group: p.group, groupId: groupIds.get(p.id) ?? null })),
    ...reflectionQuestions().map((p) => ({ id: p.id, text: p.text, deck: 'reflection' as const, group: null, groupId: null })),
    ...planningPrompts().map((p) => ({ id: p.id, text: p.text, deck: 'planning' as const, group: null, groupId: null })),
    ...symposiumPrompts().map((p) => ({ id: p.id, text: p.text, deck: 'symposium' as const, group: null, groupId: null })),
  ]
}

/** Every prompt of every deck, in reading order. Built once: the decks are constant data. */
export const ALL_PROMPTS: readonly DeckPrompt[] = buildAll()
const BY_ID = new Map(ALL_PROMPTS.map((p) => [p.id, p]))

export const promptById = (id: string): DeckPrompt | undefined => BY_ID.get(id)

export function matchesRef(prompt: DeckPrompt, ref: string): boolean {
  return prompt.id === ref || prompt.id.startsWith(`${ref}.`) || prompt.groupId === ref
}

/** Prompts named by any of the references, each once, in reading order. */
export function promptsFor(refs: readonly string[]): readonly DeckPrompt[] {
  return ALL_PROMPTS.filter((p) => refs.some((ref) => matchesRef(p, ref)))
}

export function deckOf(promptId: string): DeckId | undefined {
  return BY_ID.get(promptId)?.deck
}
