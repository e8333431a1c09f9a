/**
 * A plan with the long, real-looking content teams write (measures with percentages and sources,
 * named owners, resources with budgets), written from node through the real mutations over a stock
 * provider with the facilitator's token — far faster than typing it in the browser.
 */
import type { Page } from 'playwright-core'
import { addPlanItem, ensurePlan, setPlanText } from '../../../shared/doc/plan'
import { addStrategy, setActionResponsible } from '../../../shared/plan/mutations'
import { connectSynced } from '../../helpers/sync'

const must = (r: { ok: boolean }) => {
  if (!r.ok) throw new Error(`plan seed mutation failed: ${JSON.stringify(r)}`)
}

/** The signed-in member's token for the workspace open in the page (the device's stored session). */
export async function tokenOf(page: Page, workspaceId: string): Promise<string> {
  const token = await page.evaluate((id) => {
    const sessions: unknown = JSON.parse(localStorage.getItem('rootwork.sessions.v1') ?? '[]')
    const found = Array.isArray(sessions) ? sessions.find((s: { workspaceId?: string }) => s.workspaceId === id) : undefined
    return typeof found?.token === 'string' ? found.token : ''
  }, workspaceId)
  if (!token) throw new Error(`no stored session for ${workspaceId}`)
  return token
}

export const workspaceIdOf = (url: string): string => /\/w\/([^/?#]+)/.exec(url)?.[1] ?? ''

/** One goal with three measures, two priorities with strategies (one with only its "if we" part), milestones and actions. */
/** Resolves to the disposer of its connection: call it once the page shows the plan (its updates have then arrived). */
export async function seedRealisticPlan(base: string, workspaceId: string, token: string): Promise<() => void> {
  const client = await connectSynced(base, workspaceId, 'board', token)
  const doc = client.doc
  ensurePlan(doc)
  setPlanText(doc, 'schoolName', 'Lincoln Middle School')
  setPlanText(doc, 'vision', 'Every student at Lincoln leaves grade 8 ready for algebra and confident in mathematics.')
  must(addPlanItem(doc, 'goal', { id: 'goal-1', texts: { statement: 'Each student will meet his or her growth targets in mathematics each year.', explanation: 'Only 31% of 7th graders met growth targets in 2024.' } }))
  const measures = [
    ['% of 7th-grade students meeting or exceeding their MAP growth target in mathematics', 'NWEA MAP Growth (fall and spring administrations)', '41% (2023–24, n = 212)', 'At least 55% by June 2026', 'At least 65% by June 2027', 'At least 75% by June 2028'],
    ['% of students proficient on the State Mathematics Assessment, grade 7', 'State accountability report card', '31% proficient (2024)', '40% (2025)', '48% (2026)', '55% (2027)'],
    ['Chronic absenteeism among 7th graders (missing 10% or more of days)', 'Student information system, monthly attendance extract', '23.5% chronically absent', '18%', '14%', '10%'],
  ] as const
  measures.forEach(([indicator, dataSource, baseline, target1, target2, target3], i) =>
    must(addPlanItem(doc, 'goalMeasure', { id: `gm-${i}`, parentId: 'goal-1', texts: { indicator, dataSource, baseline, target1, target2, target3 } })),
  )
  must(addPlanItem(doc, 'priority', { id: 'prio-1', texts: { title: 'Seventh-grade mathematics achievement and explicit instruction', description: 'From the fishbone: inconsistent Tier 1 instruction and no common planning time.' } }))
  must(addStrategy(doc, {
    id: 'strat-1', parentId: 'prio-1', practiceCode: '3b', goalId: 'goal-1',
    texts: { ifWe: 'provide every math teacher with a six-week coaching cycle on explicit instruction', then: 'teachers will plan and deliver standards-based lessons with checks for understanding', and: 'each student will meet his or her growth targets' },
  }))
  must(addPlanItem(doc, 'strategyMeasure', { id: 'sm-1', parentId: 'strat-1', texts: { indicator: '% of observed math lessons rated standards-aligned on the district walkthrough tool', dataSource: 'Instructional walkthroughs (Lesson Design Studio)', baseline: '26% (fall 2024)', target1: '50% by May 2026', target2: '80% by May 2027' } }))
  must(addPlanItem(doc, 'milestone', { id: 'mile-1', parentId: 'strat-1', texts: { text: 'A coaching cycle is running in every 7th-grade math classroom', timeline: 'By December 2025' } }))
  must(addPlanItem(doc, 'action', { id: 'act-1', parentId: 'mile-1', texts: { text: 'Hire and onboard a full-time instructional math coach', outputs: 'Signed coach contract; onboarding plan', timeline: 'August–September 2025', resources: 'Title I, Part A: $82,500 salary and benefits', collaborators: 'Human Resources; district math coordinator' } }))
  setActionResponsible(doc, 'act-1', { key: 'm-ana', name: 'Dr. Anastasia Ortiz-Villanueva' })
  must(addPlanItem(doc, 'action', { id: 'act-2', parentId: 'mile-1', texts: { text: 'Schedule weekly common planning time for math teachers', outputs: 'Master schedule with a shared period', timeline: 'Before the first day of school', resources: 'No cost (schedule change)', collaborators: 'Counselors; scheduling committee' } }))
  setActionResponsible(doc, 'act-2', { key: 'm-ben', name: 'Benjamin Lee-Harrington' })
  must(addPlanItem(doc, 'support', { id: 'sup-1', parentId: 'prio-1', texts: { needed: 'Professional learning on explicit instruction for 14 teachers', provided: 'Two-day summer institute', provider: 'State Education Agency, Office of School Improvement', howUsed: 'Coaching cycles build on it', effectiveness: 'Walkthrough ratings each quarter' } }))
  must(addPlanItem(doc, 'priority', { id: 'prio-2', texts: { title: 'Attendance and engagement of 7th graders' } }))
  // only its first part written: the editor prompts for the rest, the overview and exports show none of the missing parts
  must(addStrategy(doc, { id: 'strat-2', parentId: 'prio-2', practiceCode: '4a', texts: { ifWe: 'call the family of every student on the second absence in a month' } }))
  return () => client.destroy()
}
