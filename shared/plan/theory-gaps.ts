/**
 * Which parts of a strategy's theory of action ("If we …, then …, and …") are still unwritten, and
 * the one sentence the editor and the exports use to ask for them — never a "…" placeholder.
 */
import { STRATEGY_SLOTS } from './tool-a'

export type TheorySlot = keyof typeof STRATEGY_SLOTS
const SLOTS = Object.keys(STRATEGY_SLOTS) as TheorySlot[]

export function missingTheoryParts(s: Readonly<Record<TheorySlot, string>>): TheorySlot[] {
  return SLOTS.filter((slot) => s[slot].trim() === '')
}

/** "the “then” part and the “and” part"; empty when nothing is missing. */
export function theoryPartsPhrase(missing: readonly TheorySlot[]): string {
  const names = missing.map((slot) => `the “${STRATEGY_SLOTS[slot].lead}” part`)
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`
}
