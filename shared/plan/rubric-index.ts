/**
 * Lookups into the Tool C content (shared/content) that the plan needs: practice titles for codes
 * like "3b", short titles for elements like "2a3", and level labels for team levels 0–3.
 */
import { LEA_LEVELS, LEA_SELF_REFLECTION } from '../content/lea-self-reflection'

const practices = new Map<string, string>()
const elements = new Map<string, string>()
for (const domain of LEA_SELF_REFLECTION.domains) {
  for (const practice of domain.practices) {
    practices.set(practice.id, practice.title.text)
    for (const element of practice.elements) elements.set(element.id, element.shortTitle)
  }
}

export const practiceTitle = (code: string | null | undefined): string | null => (code ? (practices.get(code) ?? null) : null)
export const elementTitle = (elementId: string): string | null => elements.get(elementId) ?? null
export const levelLabel = (level: number): string => LEA_LEVELS[level]?.label ?? `Level ${level}`
/** Team levels that make an element a candidate weakness: Consistently Low (0) and Basic (1). */
export const isWeakLevel = (level: number | null): boolean => level === 0 || level === 1
