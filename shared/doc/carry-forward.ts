/**
 * Writes a carry-forward (shared/domain/monitoring/carry-forward.ts) into the board's plan draft as
 * next year's draft: this year's goals and priorities are removed from the draft (the signed
 * version stays untouched in its snapshot) and the carried ones added, in one server transaction.
 */
import type * as Y from 'yjs'
import { ORIGINS } from './origin'
import { addPlanItem, removePlanItem, setPlanText } from './plan'
import { addStrategy, setActionResponsible, setPlanLink } from '../plan/mutations'
import { readPlan } from '../plan/read'
import type { CarryForward } from '../domain/monitoring/carry-forward'

export function applyCarryForward(doc: Y.Doc, cf: CarryForward, newId: () => string): void {
  const o = ORIGINS.server
  const draft = readPlan(doc)
  doc.transact(() => {
    for (const g of draft.goals) removePlanItem(doc, 'goal', g.id, o)
    for (const p of draft.priorities) removePlanItem(doc, 'priority', p.id, o)
    setPlanText(doc, 'vision', cf.vision, o)
    setPlanText(doc, 'mission', cf.mission, o)
    setPlanText(doc, 'updateSummary', cf.historyNote, o)
    const goalIds = cf.goals.map((g) => {
      const id = newId()
      addPlanItem(doc, 'goal', { id, texts: { statement: g.statement, explanation: g.explanation } }, o)
      for (const m of g.measures) {
        addPlanItem(doc, 'goalMeasure', { id: newId(), parentId: id, texts: { indicator: m.indicator, dataSource: m.dataSource, baseline: m.baseline, target1: m.targets[0] ?? '', target2: m.targets[1] ?? '', target3: m.targets[2] ?? '' } }, o)
      }
      return id
    })
    for (const p of cf.priorities) {
      const pid = newId()
      addPlanItem(doc, 'priority', { id: pid, texts: { title: p.title, description: p.description } }, o)
      for (const t of p.trace) setPlanLink(doc, 'priority', pid, { kind: t.kind, id: t.id }, true, o)
      for (const s of p.strategies) {
        const sid = newId()
        const goalId = s.goalIndex === null ? null : (goalIds[s.goalIndex] ?? null)
        addStrategy(doc, { id: sid, parentId: pid, texts: { ifWe: s.ifWe, then: s.then, and: s.and }, practiceCode: s.practiceCode, goalId }, o)
        for (const t of s.trace) setPlanLink(doc, 'strategy', sid, { kind: t.kind, id: t.id }, true, o)
        for (const m of s.measures) addPlanItem(doc, 'strategyMeasure', { id: newId(), parentId: sid, texts: { indicator: m.indicator, dataSource: m.dataSource, baseline: m.baseline, target1: m.targets[0] ?? '', target2: m.targets[1] ?? '' } }, o)
        for (const m of s.milestones) {
          const mid = newId()
          addPlanItem(doc, 'milestone', { id: mid, parentId: sid, texts: { text: m.text, timeline: `(${m.from})` } }, o)
          for (const a of m.actions) {
            const aid = newId()
            addPlanItem(doc, 'action', { id: aid, parentId: mid, texts: { text: a.text, outputs: a.outputs, resources: a.resources, collaborators: a.collaborators } }, o)
            const owner = a.responsible[0]
            if (owner) setActionResponsible(doc, aid, { key: `name:${owner}`, name: owner }, o)
          }
        }
      }
    }
  }, o)
}
