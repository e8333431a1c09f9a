/**
 * A plan of ordinary size for the export figures (and the manual look at the rendered pages): three
 * priorities × two strategies × two milestones × four actions, two goals, signatures, a dozen SWOT
 * rows, two root causes and the session facts. Built through the real plan mutations; deterministic.
 */
import * as Y from 'yjs'
import { addPlanItem, ensurePlan, setNeedsElement, setPlanText, type PlanTextField } from '../shared/doc/plan'
import type { SnapshotInput } from '../shared/plan/input'
import { addStrategy, setActionResponsible } from '../shared/plan/mutations'
import { readPlan } from '../shared/plan/read'

const must = (r: { ok: boolean }) => {
  if (!r.ok) throw new Error(`fixture mutation failed: ${JSON.stringify(r)}`)
}

const HEADER: Partial<Record<PlanTextField, string>> = {
  schoolName: 'Lincoln Middle School', district: 'River Valley Unified School District', principal: 'Dr. Ana Ortiz',
  cityCounty: 'Riverside / Clark County', zipCode: '89501', phone: '(775) 555-0142', superintendent: 'Marcus Hale',
  essaStatus: 'Targeted Support and Improvement', titleIStatus: 'Schoolwide Title I', contact: 'aortiz@rvusd.org',
  vision: 'Every Lincoln student leaves eighth grade confident in mathematics and ready for high school.',
  mission: 'Lincoln Middle School teaches every student to reason, persist and communicate, in partnership with families.',
  'needs.leverage': 'Strong grade-6 PLC routines and a family liaison trusted by Spanish-speaking families.',
  'reporting.monthly': 'Leadership team reviews the action tracker at the first meeting of each month.',
}
const PRIORITIES = ['Seventh-grade mathematics achievement', 'Student attendance and engagement', 'Induction and retention of new teachers']
const ACTIONS = [
  { text: 'Hire and onboard a full-time math coach', outputs: 'Signed contract', timeline: 'Aug 2026', resources: 'Title I, $82,000', collaborators: 'HR, district math lead', who: 'Ana Ortiz' },
  { text: 'Schedule six-week coaching cycles for each teacher', outputs: 'Published calendar', timeline: 'Sep 2026', resources: '', collaborators: 'Grade-level teams', who: 'Ben Lee' },
  { text: 'Train PLC leads on the data protocol', outputs: 'Training sign-in and slides', timeline: 'Oct 2026', resources: '', collaborators: 'Grade-level teams', who: 'Chloe Park' },
  { text: 'Review cycle data with the leadership team', outputs: 'Meeting notes with decisions', timeline: 'Monthly', resources: '', collaborators: 'Grade-level teams', who: 'Dev Patel' },
]

function planDoc(): Y.Doc {
  const doc = new Y.Doc()
  ensurePlan(doc)
  for (const [field, value] of Object.entries(HEADER)) setPlanText(doc, field as PlanTextField, value ?? '')
  for (const k of ['demographics', 'demographics.student', 'outcomes', 'outcomes.assessments', 'engagement', 'engagement.attendance', 'practice', 'climate']) setNeedsElement(doc, k, true)
  ;[['Ana Ortiz', 'Principal'], ['Ben Lee', 'Math coach'], ['Chloe Park', 'Grade 7 teacher'], ['Dev Patel', 'Counselor']].forEach(([name, position], i) =>
    must(addPlanItem(doc, 'leader', { id: `l${i}`, texts: { name: name ?? '', position: position ?? '' } })),
  )
  must(addPlanItem(doc, 'goal', { id: 'g1', texts: { statement: 'Each student will meet his or her growth targets in mathematics each year.', explanation: 'Math proficiency in grade 7 fell for three years running.' } }))
  must(addPlanItem(doc, 'goalMeasure', { id: 'gm1', parentId: 'g1', texts: { indicator: '% students meeting growth targets (MAP)', dataSource: 'NWEA MAP', baseline: '41%', target1: '50%', target2: '60%', target3: '70%' } }))
  must(addPlanItem(doc, 'goal', { id: 'g2', texts: { statement: 'Each student will attend school at least 95% of days.' } }))
  must(addPlanItem(doc, 'goalMeasure', { id: 'gm2', parentId: 'g2', texts: { indicator: 'Average daily attendance', dataSource: 'SIS', baseline: '89%', target1: '91%', target2: '93%', target3: '95%' } }))
  ;[['Ana Ortiz', 'Principal', 'Plan lead'], ['Marcus Hale', 'Superintendent', 'District sponsor'], ['Rosa Gómez', 'Parent', 'Family representative']].forEach(([name, position, planRole], i) =>
    must(addPlanItem(doc, 'signature', { id: `sg${i}`, texts: { name: name ?? '', position: position ?? '', planRole: planRole ?? '' } })),
  )
  let a = 0
  PRIORITIES.forEach((title, pi) => {
    const p = `p${pi + 1}`
    must(addPlanItem(doc, 'priority', { id: p, texts: { title, description: pi === 0 ? 'Grade 7 math proficiency is 31%, the lowest in the district.' : '' } }))
    for (const s of [1, 2]) {
      const sid = `${p}s${s}`
      must(addStrategy(doc, {
        id: sid, parentId: p, practiceCode: (['3b', '4c', '2a'] as const)[pi] ?? '1a', goalId: pi === 1 ? 'g2' : 'g1',
        texts: s === 1
          ? { ifWe: 'coach teachers weekly on explicit instruction and checks for understanding', then: 'teachers will plan standards-based lessons and adjust instruction to the data', and: 'students will meet their growth targets' }
          : { ifWe: 'run data meetings every two weeks', then: 'teachers will plan standards-based lessons and adjust instruction to the data' },
      }))
      must(addPlanItem(doc, 'strategyMeasure', { id: `${sid}m`, parentId: sid, texts: { indicator: '% of lesson plans that are standards-based', dataSource: 'Lesson Design Studio', baseline: '26%', target1: '50%', target2: '80%' } }))
      for (const m of [1, 2]) {
        const mid = `${sid}k${m}`
        must(addPlanItem(doc, 'milestone', { id: mid, parentId: sid, texts: m === 1 ? { text: 'Coaching cycles run in every math classroom', timeline: 'By December 2026' } : { text: 'Data meeting protocol adopted by all teams', timeline: 'By May 2027' } }))
        for (const x of ACTIONS) {
          const id = `a${++a}`
          must(addPlanItem(doc, 'action', { id, parentId: mid, texts: { text: x.text, outputs: x.outputs, timeline: x.timeline, resources: x.resources, collaborators: x.collaborators } }))
          setActionResponsible(doc, id, { key: x.who, name: x.who })
        }
      }
    }
    must(addPlanItem(doc, 'support', { id: `${p}su`, parentId: p, texts: { needed: 'Math coaching PD', provided: pi === 0 ? 'SEA coaching network' : '', provider: 'State education agency' } }))
  })
  return doc
}

export function typicalPlanInput(): SnapshotInput {
  return {
    plan: readPlan(planDoc()),
    swot: [
      ...['Strong grade-6 PLC routines', 'Trusted family liaison', 'New adopted curriculum (2025)'].map((text, i) => ({ id: `st${i}`, quadrant: 'strengths' as const, text, evidence: 'PLC minutes, 2025-26' })),
      ...['Grade 7 math proficiency 31%', 'Chronic absence 18%', 'Three first-year math teachers'].map((text, i) => ({ id: `we${i}`, quadrant: 'weaknesses' as const, text, evidence: i === 2 ? '' : 'State assessment 2025' })),
      ...['District math coaching grant', 'University partnership for tutoring'].map((text, i) => ({ id: `op${i}`, quadrant: 'opportunities' as const, text, evidence: 'District memo' })),
      { id: 'th0', quadrant: 'threats', text: 'Budget cuts planned for 2027', evidence: 'Board budget draft' },
    ],
    causes: [
      { id: 'c1', text: 'The new induction program is not sufficient for new math teachers', kind: 'cause', actionable: true, evidence: 'Exit surveys 2024-25', practiceCode: '2a', prioritised: true, headIds: ['h1', 'h2'], systemic: true },
      { id: 'c2', text: 'Lessons are not consistently aligned to grade-level standards', kind: 'cause', actionable: true, evidence: 'Walkthrough data', practiceCode: '3b', prioritised: true, headIds: ['h1'], systemic: false },
    ],
    heads: [{ id: 'h1', text: 'Low 7th-grade math performance' }, { id: 'h2', text: 'High teacher turnover' }],
    rubric: [{ elementId: '2a3', level: 1, evidence: 'No mentor for new teachers' }, { elementId: '3b1', level: 0, evidence: 'Walkthroughs' }],
    sessions: [{
      date: '2026-12-01T09:00:00Z', startDate: '2026-11-28T09:00:00Z', methods: ['rubric', 'swot', 'fishbone', 'fiveWhys', 'dotVote'],
      participants: [{ role: 'teacher', count: 4 }, { role: 'principal', count: 1 }, { role: 'family', count: 2 }], facilitators: 1, anonymous: true,
      rubric: { revealed: true, teamLevels: 37 },
    }],
  }
}
