/**
 * The prompt lists the coaching panel can show, as headed sections: the current phase's prompts, or
 * a whole deck (Tool B by phase, seed 001 by theme, seed 002 by step, the symposium by stage).
 */
import { TOOL_B } from '../../../../shared/content/coaching-prompts'
import { PLANNING_STEPS } from '../../../../shared/content/planning-steps'
import { REFLECTION_CATEGORIES } from '../../../../shared/content/reflection-themes'
import { SYMPOSIUM_STAGES } from '../../../../shared/content/symposium'
import { DECKS, promptsFor, type DeckId, type DeckPrompt } from '../../../../shared/domain/facilitation/decks'

export interface PromptSection {
  readonly heading: string
  readonly prompts: readonly DeckPrompt[]
}

export const PROMPT_SOURCES = ['phase', 'toolB', 'reflection', 'planning', 'symposium'] as const
export type PromptSource = (typeof PROMPT_SOURCES)[number]

export const SOURCE_LABELS = {
  phase: 'This phase',
  toolB: DECKS.toolB.title,
  reflection: DECKS.reflection.title,
  planning: DECKS.planning.title,
  symposium: DECKS.symposium.title,
} as const satisfies Record<PromptSource, string>

/** Headed sections for a source; the phase's own list is split where the deck changes. */
export function promptSections(source: PromptSource, phaseRefs: readonly string[]): readonly PromptSection[] {
  switch (source) {
    case 'phase': {
      const prompts = promptsFor(phaseRefs)
      const decks = [...new Set(prompts.map((p) => p.deck))]
      return decks.map((deck) => ({ heading: DECKS[deck].title, prompts: prompts.filter((p) => p.deck === deck) }))
    }
    case 'toolB':
      return TOOL_B.map((phase) => ({ heading: phase.title, prompts: promptsFor([`b.${phase.id}`]) }))
    case 'reflection':
      return REFLECTION_CATEGORIES.flatMap((c) => c.themes.map((t) => ({ heading: `${t.number}. ${t.title} (${c.title})`, prompts: promptsFor([t.id]) })))
    case 'planning':
      return PLANNING_STEPS.map((s) => ({ heading: `Step ${s.number}: ${s.title}`, prompts: promptsFor([s.id]) }))
    case 'symposium':
      return SYMPOSIUM_STAGES.map((s) => ({ heading: s.title, prompts: promptsFor([s.id]) }))
  }
}

/** Decks whose attribution must be shown under what is listed. */
export const decksIn = (sections: readonly PromptSection[]): readonly DeckId[] => [...new Set(sections.flatMap((s) => s.prompts.map((p) => p.deck)))]
