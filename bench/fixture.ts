/**
 * The large session fixture for the snapshot and export figures: 500 SWOT items, 300 fishbone
 * causes under 12 heads, 40 members × 37 private rubric picks (aggregated, then agreed as team
 * levels), and a four-priority plan built through the real plan mutations. Deterministic.
 */
import * as Y from 'yjs'
import { LEA_SELF_REFLECTION } from '../shared/content/lea-self-reflection'
import { addPlanItem, ensurePlan, setNeedsElement, setPlanText } from '../shared/doc/plan'
import { elementIds } from '../shared/domain/rubric/structure'
import type { SubmissionsByMember } from '../shared/domain/rubric/types'
import { addStrategy, setActionResponsible, setPlanLink } from '../shared/plan/mutations'
import { readPlan } from '../shared/plan/read'
import type { CauseInput, RubricTeamLevelInput, SnapshotInput } from '../shared/plan/input'

const QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const
const PRACTICES = ['1a', '1b', '1c', '2a', '2b', '2c', '3a', '3b', '3c', '4a', '4b', '4c'] as const
const sentence = (what: string, i: number) => `${what} ${i}: attendance and 7th-grade math results diverge across schools, per the spring data review`

function must(r: { ok: boolean }): void {
  if (!r.ok) throw new Error(`fixture mutation failed: ${JSON.stringify(r)}`)
}

/** 40 members' private picks and evidence for all 37 elements. */
export function rubricSubmissions(members = 40): SubmissionsByMember {
  const ids = elementIds(LEA_SELF_REFLECTION)
  const out: Record<string, { picks: Record<string, number>; evidence: Record<string, string> }> = {}
  for (let m = 0; m < members; m++) {
    const picks: Record<string, number> = {}
    const evidence: Record<string, string> = {}
    ids.forEach((id, e) => {
      picks[id] = (m * 7 + e * 3) % 4
      if ((m + e) % 3 === 0) evidence[id] = `Member ${m} on ${id}: see the 2024 climate survey and walkthrough notes`
    })
    out[`member-${String(m).padStart(3, '0')}`] = { picks, evidence }
  }
  return out
}

function planDoc(): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = 1
  ensurePlan(doc)
  setPlanText(doc, 'schoolName', 'Lincoln Middle School')
  setPlanText(doc, 'district', 'River Valley Unified')
  setPlanText(doc, 'vision', 'Every student leaves ready for the next step.')
  setPlanText(doc, 'mission', 'We teach every student to reason, read and belong.')
  setPlanText(doc, 'needs.leverage', 'Strong grade-6 PLC culture; a new data coach; family liaison network.')
  setNeedsElement(doc, 'demographics', true)
  for (let g = 1; g <= 4; g++) {
    must(addPlanItem(doc, 'goal', { id: `goal-${g}`, texts: { statement: `Goal ${g}: each student meets growth targets`, explanation: 'Growth for all students.' } }))
    must(addPlanItem(doc, 'goalMeasure', { id: `gm-${g}`, parentId: `goal-${g}`, texts: { indicator: '% meeting growth', dataSource: 'State test', baseline: '18%', target1: '30%', target2: '45%', target3: '60%' } }))
  }
  for (let l = 1; l <= 8; l++) must(addPlanItem(doc, 'leader', { id: `leader-${l}`, texts: { name: `Leader ${l}`, position: 'Assistant principal' } }))
  for (let p = 1; p <= 4; p++) {
    const pid = `prio-${p}`
    must(addPlanItem(doc, 'priority', { id: pid, texts: { title: `Priority area ${p}`, description: 'From the root-cause session.' } }))
    for (let c = 0; c < 5; c++) setPlanLink(doc, 'priority', pid, { kind: 'cause', id: `cause-${p * 20 + c * 2}` }, true)
    for (let s = 1; s <= 3; s++) {
      const sid = `strat-${p}-${s}`
      must(addStrategy(doc, {
        id: sid, parentId: pid, practiceCode: PRACTICES[(p * 3 + s) % 12], goalId: `goal-${p}`,
        texts: { ifWe: 'If we coach teachers on explicit instruction', then: 'teachers will plan standards-based lessons', and: 'students will meet growth targets.' },
      }))
      setPlanLink(doc, 'strategy', sid, { kind: 'swot', id: `swot-${p * 40 + s}` }, true)
      must(addPlanItem(doc, 'strategyMeasure', { id: `sm-${p}-${s}`, parentId: sid, texts: { indicator: '% lessons standards-based', dataSource: 'Walkthroughs', baseline: '26%', target1: '50%', target2: '80%' } }))
      for (let m = 1; m <= 3; m++) {
        const mid = `mile-${p}-${s}-${m}`
        must(addPlanItem(doc, 'milestone', { id: mid, parentId: sid, texts: { text: 'Coaching cycles running in all math classes', timeline: 'By December' } }))
        for (let a = 1; a <= 4; a++) {
          const aid = `act-${p}-${s}-${m}-${a}`
          must(addPlanItem(doc, 'action', { id: aid, parentId: mid, texts: { text: `Action ${a}: schedule and run coaching`, outputs: 'Calendar, logs', timeline: 'Monthly', resources: 'Title I', collaborators: 'PLC leads' } }))
          setActionResponsible(doc, aid, { key: `m-${a}`, name: `Person ${a}` })
        }
      }
    }
    must(addPlanItem(doc, 'support', { id: `sup-${p}`, parentId: pid, texts: { needed: 'Math PD', provider: 'SEA' } }))
  }
  return doc
}

export function largeSessionInput(team: readonly RubricTeamLevelInput[]): SnapshotInput {
  const doc = planDoc()
  const plan = readPlan(doc)
  doc.destroy()
  const causes: CauseInput[] = Array.from({ length: 300 }, (_, i) => ({
    id: `cause-${i}`,
    text: sentence('Cause', i),
    kind: i % 5 ? 'cause' : 'symptom',
    actionable: i % 3 !== 0,
    evidence: i % 4 ? 'Exit surveys and PLC minutes' : '',
    practiceCode: PRACTICES[i % 12],
    prioritised: i % 2 === 0,
    headIds: [`head-${i % 12}`, ...(i % 9 === 0 ? [`head-${(i + 5) % 12}`] : [])],
    systemic: i % 9 === 0,
  }))
  return {
    plan,
    title: 'Grade 7 math — root causes and plan',
    swot: Array.from({ length: 500 }, (_, i) => ({
      id: `swot-${i}`, quadrant: QUADRANTS[i % 4]!, text: sentence('Item', i), evidence: i % 7 ? 'State assessment 2024' : '', boardTitle: `Board ${i % 5}`,
    })),
    leverageNotes: Array.from({ length: 5 }, (_, i) => ({ id: `lev-${i}`, text: sentence('Leverage', i) })),
    rootCauseNotes: Array.from({ length: 5 }, (_, i) => ({ id: `rc-${i}`, text: sentence('Summary', i) })),
    causes,
    heads: Array.from({ length: 12 }, (_, i) => ({ id: `head-${i}`, text: `Problem ${i}: low 7th-grade math proficiency` })),
    rubric: team,
    sessions: [
      { date: '2025-03-04', methods: ['rubric', 'swot', 'fishbone', 'fiveWhys', 'dotVote', 'breakout'], participants: [{ role: 'teacher', count: 28 }, { role: 'principal', count: 6 }, { role: 'superintendent', count: 6 }], anonymous: true },
    ],
  }
}
