/** The Four Domains practice codes (1a–4c) with their Tool C titles, in rubric order. */
import type { Rubric } from '../../content/rubric-model'

export type Practice = { readonly code: string; readonly title: string }

export function practices(rubric: Rubric): readonly Practice[] {
  return rubric.domains.flatMap((d) => d.practices.map((p) => ({ code: p.id, title: p.title.text })))
}

/** Groups `items` by practice code in rubric order; codes no practice has are dropped (counted by the caller as uncoded). */
export function byPractice<T>(rubric: Rubric, items: readonly T[], codeOf: (item: T) => string | null): { practice: Practice; items: T[] }[] {
  const groups = new Map(practices(rubric).map((p) => [p.code, { practice: p, items: [] as T[] }]))
  for (const item of items) {
    const code = codeOf(item)
    if (code !== null) groups.get(code)?.items.push(item)
  }
  return [...groups.values()]
}

export const distinctSchools = (items: readonly { readonly workspaceId: string }[]): number => new Set(items.map((i) => i.workspaceId)).size
