/**
 * Copies a library strategy (from a school's final plan) into another school's plan draft, under
 * one of its priorities or a new one, as one server transaction on the target's board. The copy
 * keeps a link to its source: a `copiedFrom` field on the strategy and, on a new priority, a line
 * in its description naming the school, plan version and strategy number.
 */
import type * as Y from 'yjs'
import type { CopyStrategyBody } from '../../shared/api/orgs'
import { addPlanItem, planItem } from '../../shared/doc/plan'
import type { PlanStrategy } from '../../shared/plan/document'
import { addStrategy, PRACTICE_CODE } from '../../shared/plan/mutations'
import { err, ok, type Result } from '../../shared/result'
import { newId } from '../auth/tokens'
import type { ServerDocs } from '../docs/server-docs'
import { fromStorage, type ApiFailure } from '../http/errors'

export type StrategySource = { readonly workspaceId: string; readonly school: string; readonly version: number; readonly priorityTitle: string; readonly strategy: PlanStrategy }

function writeCopy(doc: Y.Doc, src: StrategySource, priorityId: string | undefined, ids: { priority: string; strategy: string; next: () => string }): Result<void, string> {
  const note = `Strategy ${src.strategy.number} copied from ${src.school}'s plan (version ${src.version}).`
  if (priorityId === undefined) {
    const added = addPlanItem(doc, 'priority', { id: ids.priority, texts: { title: src.priorityTitle || 'Copied strategy', description: note } })
    if (!added.ok) return added
  } else if (!planItem(doc, 'priority', priorityId)) return err(`priority "${priorityId}" is not in this school's draft`)
  const parentId = priorityId ?? ids.priority
  const st = src.strategy
  const code = st.practiceCode && PRACTICE_CODE.test(st.practiceCode) ? st.practiceCode : null
  const added = addStrategy(doc, { id: ids.strategy, parentId, practiceCode: code, achievableWithinOneYear: st.achievableWithinOneYear, texts: { ifWe: st.ifWe, then: st.then, and: st.and } })
  if (!added.ok) return added
  planItem(doc, 'strategy', ids.strategy)?.set('copiedFrom', { workspaceId: src.workspaceId, school: src.school, version: src.version, strategyId: st.id, number: st.number })
  for (const m of st.measures) {
    const [target1 = '', target2 = ''] = m.targets
    const r = addPlanItem(doc, 'strategyMeasure', { id: ids.next(), parentId: ids.strategy, texts: { indicator: m.indicator, dataSource: m.dataSource, baseline: m.baseline, target1, target2 } })
    if (!r.ok) return r
  }
  // milestones travel; their actions do not — owners and budgets belong to the source school
  for (const m of st.milestones) {
    const r = addPlanItem(doc, 'milestone', { id: ids.next(), parentId: ids.strategy, texts: { text: m.text, timeline: m.timeline } })
    if (!r.ok) return r
  }
  return ok(undefined)
}

export async function copyStrategy(docs: ServerDocs, body: CopyStrategyBody, src: StrategySource): Promise<Result<{ priorityId: string; strategyId: string }, ApiFailure>> {
  const ids = { priority: newId(), strategy: newId(), next: newId }
  let failure: string | undefined
  const written = await docs.write(body.targetWorkspaceId, { kind: 'board' }, (doc) => {
    const r = writeCopy(doc, src, body.priorityId, ids)
    if (!r.ok) failure = r.error
  })
  if (!written.ok) return err(fromStorage(written.error))
  if (failure !== undefined) return err({ kind: 'bad-request', field: 'priorityId', message: failure })
  return ok({ priorityId: body.priorityId ?? ids.priority, strategyId: ids.strategy })
}
