/** Plan fixtures built through the real mutations: a small complete plan and a large board. */
import * as Y from 'yjs'
import { addPlanItem, ensurePlan, setNeedsElement, setPlanText } from '../../../shared/doc/plan'
import { addStrategy, setActionResponsible, setPlanLink } from '../../../shared/plan/mutations'
import { readPlan } from '../../../shared/plan/read'
import type { SnapshotInput } from '../../../shared/plan/input'

export const CLOCK = { now: '2025-03-04T15:00:00.000Z' }

export function newDoc(clientID = 1): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = clientID
  return doc
}

const must = (r: { ok: boolean }) => {
  if (!r.ok) throw new Error(`fixture mutation failed: ${JSON.stringify(r)}`)
}

/** One priority with one strategy, one milestone and two actions, a goal with a measure, and needs notes. */
export function buildSamplePlan(doc: Y.Doc): void {
  ensurePlan(doc)
  setPlanText(doc, 'schoolName', 'Lincoln Middle School')
  setPlanText(doc, 'district', 'River Valley USD')
  setPlanText(doc, 'vision', 'Every student thrives.')
  setPlanText(doc, 'mission', 'We teach every student to think.')
  setNeedsElement(doc, 'demographics', true)
  setNeedsElement(doc, 'demographics.student', true)
  setPlanText(doc, 'needs.leverage', 'Strong PLC culture in grade 6.')
  must(addPlanItem(doc, 'leader', { id: 'leader-1', texts: { name: 'Ana Ortiz', position: 'Principal' } }))
  must(addPlanItem(doc, 'goal', { id: 'goal-1', texts: { statement: 'Each student will meet his or her growth targets each year.', explanation: 'Growth for all.' } }))
  must(addPlanItem(doc, 'goalMeasure', { id: 'gmeasure-1', parentId: 'goal-1', texts: { indicator: '% students meeting growth goals', dataSource: 'State assessment', baseline: '18%', target1: 'At least 30%', target2: 'At least 50%' } }))
  must(addPlanItem(doc, 'signature', { id: 'sign-1', texts: { name: 'Ana Ortiz', position: 'Principal', planRole: 'Plan lead' } }))
  must(addPlanItem(doc, 'priority', { id: 'prio-1', texts: { title: '7th-grade math achievement' } }))
  setPlanLink(doc, 'priority', 'prio-1', { kind: 'cause', id: 'cause-1' }, true)
  must(addStrategy(doc, {
    id: 'strat-1', parentId: 'prio-1', practiceCode: '3b', goalId: 'goal-1',
    texts: { ifWe: 'If we coach math teachers on explicit instruction', then: 'teachers will plan standards-based lessons', and: 'each student will meet growth targets.' },
  }))
  must(addPlanItem(doc, 'strategyMeasure', { id: 'smeasure-1', parentId: 'strat-1', texts: { indicator: '% of lesson plans standards-based', dataSource: 'Lesson Design Studio', baseline: '26%', target1: '50%', target2: '80%' } }))
  must(addPlanItem(doc, 'milestone', { id: 'mile-1', parentId: 'strat-1', texts: { text: 'Coaching cycle running in all math classes', timeline: 'By December' } }))
  must(addPlanItem(doc, 'action', { id: 'act-1', parentId: 'mile-1', texts: { text: 'Hire a math coach', outputs: 'Coach contract', timeline: 'August', resources: 'Title I, $80k', collaborators: 'HR' } }))
  setActionResponsible(doc, 'act-1', { key: 'm-ana', name: 'Ana Ortiz' })
  must(addPlanItem(doc, 'action', { id: 'act-2', parentId: 'mile-1', texts: { text: 'Schedule coaching cycles', outputs: 'Calendar' } }))
  setActionResponsible(doc, 'act-2', { key: 'm-ben', name: 'Ben Lee' })
  must(addPlanItem(doc, 'support', { id: 'sup-1', parentId: 'prio-1', texts: { needed: 'Math PD', provider: 'SEA' } }))
}

export function sampleInput(): SnapshotInput {
  const doc = newDoc()
  buildSamplePlan(doc)
  return {
    plan: readPlan(doc),
    swot: [
      { id: 'sw-1', quadrant: 'strengths', text: 'Collaborative grade-6 team', evidence: 'PLC minutes' },
      { id: 'sw-2', quadrant: 'weaknesses', text: 'Low 7th-grade math scores', evidence: 'State assessment 2024: 31% proficient' },
    ],
    causes: [
      { id: 'cause-1', text: 'Induction program is not sufficient', kind: 'cause', actionable: true, evidence: 'Exit surveys', practiceCode: '2a', prioritised: true, headIds: ['head-1', 'head-2'], systemic: false },
    ],
    heads: [{ id: 'head-1', text: 'Low 7th-grade math' }, { id: 'head-2', text: 'High teacher turnover' }],
    rubric: [{ elementId: '2a3', level: 1, evidence: 'No mentor for new teachers' }],
    sessions: [{
      date: '2025-03-04', methods: ['rubric', 'swot', 'fishbone', 'fiveWhys'], participants: [{ role: 'teacher', count: 3 }, { role: 'principal', count: 1 }],
      facilitators: 1, anonymous: true, rubric: { revealed: true, teamLevels: 1 },
    }],
  }
}

/** A large board: 500 SWOT items, 300 causes, four full priorities. */
export function largeInput(): SnapshotInput {
  const doc = newDoc()
  ensurePlan(doc)
  for (let p = 1; p <= 4; p++) {
    must(addPlanItem(doc, 'priority', { id: `prio-${p}`, texts: { title: `Priority area ${p}` } }))
    for (let s = 1; s <= 2; s++) {
      const sid = `strat-${p}-${s}`
      must(addStrategy(doc, { id: sid, parentId: `prio-${p}`, practiceCode: '1a', texts: { ifWe: 'do x', then: 'y', and: 'z' } }))
      must(addPlanItem(doc, 'strategyMeasure', { id: `sm-${p}-${s}`, parentId: sid, texts: { indicator: 'i', target1: '1', target2: '2' } }))
      for (let m = 1; m <= 2; m++) {
        const mid = `mile-${p}-${s}-${m}`
        must(addPlanItem(doc, 'milestone', { id: mid, parentId: sid, texts: { text: 'm' } }))
        for (let a = 1; a <= 4; a++) {
          must(addPlanItem(doc, 'action', { id: `act-${p}-${s}-${m}-${a}`, parentId: mid, texts: { text: `action ${a}` } }))
          setActionResponsible(doc, `act-${p}-${s}-${m}-${a}`, { key: `m-${a}`, name: `Person ${a}` })
        }
      }
    }
  }
  const quadrants = ['strengths', 'opportunities', 'weaknesses', 'threats'] as const
  return {
    plan: readPlan(doc),
    swot: Array.from({ length: 500 }, (_, i) => ({ id: `sw-${i}`, quadrant: quadrants[i % 4] ?? 'strengths', text: `item ${i}`, evidence: i % 7 ? 'data' : '' })),
    causes: Array.from({ length: 300 }, (_, i) => ({
      id: `cause-${i}`, text: `cause ${i}`, kind: i % 5 ? ('cause' as const) : ('symptom' as const), actionable: i % 3 !== 0, evidence: i % 4 ? 'e' : '',
      prioritised: i % 2 === 0, headIds: [`head-${i % 10}`, `head-${(i * 7) % 10}`], systemic: false,
    })),
  }
}
