/** The PDSA cycle log as report blocks: one table per chain (first cycle → latest), in Tool order Plan/Do/Study/Act. */
import type { Block } from '../../plan/blocks'
import type { MonitoringRead, PdsaCycle } from './model'
import { allActions, allStrategies } from './skeleton'

export const PDSA_COLUMNS = ['Cycle', 'Plan (change · prediction · measure)', 'Do (what happened · data)', 'Study (compared with the prediction)', 'Act (decision · next cycle)'] as const

/** Chains of cycles: a chain starts at a cycle no other cycle follows from... its head has no (known) previous. */
export function pdsaChains(cycles: readonly PdsaCycle[]): PdsaCycle[][] {
  const ids = new Set(cycles.map((c) => c.id))
  const next = new Map<string, PdsaCycle[]>()
  for (const c of cycles) if (c.previousId && ids.has(c.previousId)) next.set(c.previousId, [...(next.get(c.previousId) ?? []), c])
  const heads = cycles.filter((c) => !c.previousId || !ids.has(c.previousId))
  return heads.map((head) => {
    const chain = [head]
    const seen = new Set([head.id])
    for (let c = next.get(head.id)?.[0]; c && !seen.has(c.id); c = next.get(c.id)?.[0]) {
      seen.add(c.id)
      chain.push(c)
    }
    return chain
  })
}

export function pdsaTargetLabel(read: MonitoringRead, c: PdsaCycle): string {
  if (!read.skeleton) return c.target.id
  if (c.target.kind === 'strategy') {
    const s = allStrategies(read.skeleton).find((x) => x.id === c.target.id)
    return s ? `Strategy ${s.number}` : 'a strategy no longer in the plan'
  }
  const a = allActions(read.skeleton).find((x) => x.id === c.target.id)
  return a ? `Action ${a.number}` : 'an action no longer in the plan'
}

const join = (parts: readonly string[]) => parts.filter((x) => x.trim()).join(' · ')

export function pdsaLog(read: MonitoringRead): Block[] {
  const chains = pdsaChains(read.pdsa)
  if (chains.length === 0) return [{ type: 'paragraph', text: 'No PDSA cycles yet.', style: 'note' }]
  return chains.map((chain) => ({
    type: 'table',
    caption: `PDSA on ${pdsaTargetLabel(read, chain[0]!)}`,
    headers: [...PDSA_COLUMNS],
    rows: chain.map((c, i) => [`${i + 1}`, join([c.plan.change, c.plan.prediction, c.plan.measure]), join([c.do.happened, c.do.data]), c.study.compared, join([c.act.decision ? c.act.decision[0]!.toUpperCase() + c.act.decision.slice(1) : '', c.act.next])]),
  }))
}
