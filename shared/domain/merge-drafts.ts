/**
 * Identical brainstorm drafts become one item on reveal: two people writing "No common planning
 * time" in the same quadrant should not get two cards that split the team's dots. Pure; the caller
 * supplies each draft's would-be item id, and the smallest id of a group names the merged item, so a
 * retried reveal (in any order, e.g. reshuffled in anonymous mode) lands on the same item. The
 * first draft of a group (the earliest, in named mode) gives the item its words.
 */

export interface MergeableDraft {
  readonly slot: string
  readonly text: string
  readonly evidence: string
  readonly evidenceLink?: string
}

export interface MergedDraft<T extends MergeableDraft> {
  readonly itemId: string
  /** the group's first draft: its words (and, in named mode, its author) go on the item */
  readonly lead: T
  /** every distinct evidence line of the group, in the given order */
  readonly evidence: string
  readonly evidenceLink: string | undefined
  /** how many drafts this item stands for (1 when nothing merged) */
  readonly count: number
}

/** Same words, ignoring case, surrounding and repeated spaces and a final full stop. */
export const sameWordsKey = (text: string): string =>
  text
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '')
    .toLocaleLowerCase()

/** Groups drafts with the same slot and the same words (empty drafts never merge); keeps first-seen order. */
export function mergeIdenticalDrafts<T extends MergeableDraft>(drafts: readonly T[], idOf: (draft: T) => string): MergedDraft<T>[] {
  const groups = new Map<string, T[]>()
  drafts.forEach((d, i) => {
    const words = sameWordsKey(d.text)
    const key = words === '' ? `\u0000${i}` : `${d.slot}\u0000${words}`
    groups.set(key, [...(groups.get(key) ?? []), d])
  })
  return [...groups.values()].map((group) => {
    const itemId = group.map(idOf).reduce((a, b) => (b < a ? b : a))
    const evidence = [...new Set(group.map((d) => d.evidence.trim()).filter((e) => e !== ''))].join('\n')
    return { itemId, lead: group[0] as T, evidence, evidenceLink: group.find((d) => d.evidenceLink !== undefined)?.evidenceLink, count: group.length }
  })
}
