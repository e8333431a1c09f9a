/**
 * Which coaching nudges (content/fishbone NUDGES) fit a cause or a diagram right now, pure; and the
 * verbatim prompt text behind each, looked up from Tool B and the Sample Planning Process decks.
 */
import { isPromptGroup, TOOL_B, toolBPrompts } from '../../content/coaching-prompts'
import { MONEY_TIME_BLAME, NUDGES, type NudgeId } from '../../content/fishbone'
import { planningPrompts } from '../../content/planning-steps'
import type { Cause, Fishbone } from '../../doc/fishbone-read'

/** Verbatim text of a Tool B prompt, a Tool B grouping header, or a planning prompt; undefined if unknown. */
export function promptText(promptId: string): string | undefined {
  const prompt = toolBPrompts().find((p) => p.id === promptId) ?? planningPrompts().find((p) => p.id === promptId)
  if (prompt) return prompt.text
  for (const phase of TOOL_B)
    for (const section of phase.sections)
      for (const item of section.items) if (isPromptGroup(item) && item.id === promptId) return item.header
  return undefined
}

export const nudgeText = (id: NudgeId): string => promptText(NUDGES[id].promptId) ?? ''

/** Nudges for one cause, most pressing first: evidence, cause-or-symptom, actionable, then the rest. */
export function causeNudges(cause: Cause, opts: { readonly justAdded?: boolean; readonly systemic?: boolean } = {}): readonly NudgeId[] {
  const out: NudgeId[] = []
  if (opts.justAdded) out.push('agreement')
  if (cause.needsEvidence) out.push('evidence')
  if (cause.kind === undefined) out.push('causeOrSymptom')
  if (cause.actionable === undefined) out.push('actionable')
  if (cause.kind === 'symptom' || cause.actionable === 'no') out.push('digDeeper')
  if (cause.withinControl === undefined) out.push('control')
  if (cause.kind !== 'symptom' && cause.actionable !== undefined && cause.actionable !== 'no' && cause.practiceCode === undefined) out.push('practice')
  if (opts.systemic && cause.breakdownLevel === undefined) out.push('breakdown')
  return out
}

export type MoneyTimeBlame = keyof typeof MONEY_TIME_BLAME

/** Which of money / time / blame a cause's text leans on (derived keyword match, whole words). */
export function moneyTimeBlame(text: string): readonly MoneyTimeBlame[] {
  const lower = text.toLowerCase()
  return (Object.keys(MONEY_TIME_BLAME) as MoneyTimeBlame[]).filter((k) =>
    MONEY_TIME_BLAME[k].some((w) => new RegExp(`(^|[^a-z])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(lower)),
  )
}

/**
 * Nudges for a whole diagram: causes clustering on money/time/blame (at least two, and at least a
 * third of the causes), a bone with three or more causes and none prioritised, and for a bright
 * spot, spreading what works.
 */
export function fishboneNudges(fishbone: Fishbone): readonly { readonly id: NudgeId; readonly boneId?: string }[] {
  const out: { id: NudgeId; boneId?: string }[] = []
  if (fishbone.head.polarity === 'bright-spot') out.push({ id: 'spread' })
  const leaning = fishbone.causes.filter((c) => moneyTimeBlame(c.text).length > 0).length
  if (leaning >= 2 && leaning * 3 >= fishbone.causes.length) out.push({ id: 'moneyTimeBlame' })
  for (const bone of fishbone.bones) {
    const onBone = fishbone.causes.filter((c) => c.boneId === bone.id)
    if (onBone.length >= 3 && !onBone.some((c) => c.prioritised)) out.push({ id: 'prioritise', boneId: bone.id })
  }
  return out
}
