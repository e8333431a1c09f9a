/**
 * Traceability seen from the other side: which priorities and strategies of the plan draft link to a
 * given fishbone cause, SWOT item or rubric element. Boards call `planUsage(readPlan(doc))` once per
 * render and show `usedInPlanLabel(uses)` ("used in plan: 1, 1.2") next to the item.
 */
import type { PlanDraft } from './draft'
import type { LinkKind } from './items'

export type PlanUse = { readonly level: 'priority' | 'strategy'; readonly id: string; readonly number: string }

export const traceKey = (kind: LinkKind, id: string): string => `${kind}:${id}`

/** traceKey(kind, id) → the priorities and strategies linking to it, in plan order. */
export function planUsage(draft: Pick<PlanDraft, 'priorities'>): ReadonlyMap<string, readonly PlanUse[]> {
  const out = new Map<string, PlanUse[]>()
  const add = (links: PlanDraft['priorities'][number]['links'], use: PlanUse) => {
    for (const kind of Object.keys(links) as LinkKind[])
      for (const id of links[kind]) {
        const key = traceKey(kind, id)
        const list = out.get(key)
        if (list) list.push(use)
        else out.set(key, [use])
      }
  }
  draft.priorities.forEach((p, n) => {
    add(p.links, { level: 'priority', id: p.id, number: `${n + 1}` })
    p.strategies.forEach((s, m) => add(s.links, { level: 'strategy', id: s.id, number: `${n + 1}.${m + 1}` }))
  })
  return out
}

/** "used in plan: 1, 1.2" — or '' when nothing in the plan links to the item. */
export const usedInPlanLabel = (uses: readonly PlanUse[] | undefined): string =>
  uses && uses.length > 0 ? `used in plan: ${uses.map((u) => u.number).join(', ')}` : ''
