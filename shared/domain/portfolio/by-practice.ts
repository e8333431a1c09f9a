/**
 * Root causes, priorities and strategies tallied by practice code across schools. A priority has
 * no code of its own: it counts under each code its strategies carry. Uncoded items are counted
 * separately so the tallies never pretend to be the whole picture.
 */
import type { Rubric } from '../../content/rubric-model'
import { byPractice, distinctSchools } from './practices'
import type { SchoolData } from './school'
import type { CauseRollup, PlanRollup } from './schema'

export function causesByPractice(rubric: Rubric, schools: readonly SchoolData[]): CauseRollup {
  const all = schools.flatMap((s) =>
    s.rootCauses.map((c) => ({ workspaceId: s.workspaceId, school: s.school, text: c.text, systemic: c.systemic, evidence: c.evidence, code: c.practiceCode })),
  )
  const groups = byPractice(rubric, all, (c) => c.code)
  const coded = new Set(groups.flatMap((g) => g.items))
  const missing = all.filter((c) => !coded.has(c))
  return {
    codes: groups.map(({ practice, items }) => ({
      code: practice.code,
      title: practice.title,
      schools: distinctSchools(items),
      systemic: items.filter((c) => c.systemic).length,
      causes: items.map(({ workspaceId, school, text, systemic, evidence }) => ({ workspaceId, school, text, systemic, evidence })),
    })),
    uncoded: { causes: missing.length, schools: distinctSchools(missing) },
    credit: rubric.source.attribution,
  }
}

export function plansByPractice(rubric: Rubric, schools: readonly SchoolData[]): PlanRollup {
  const strategies = schools.flatMap((s) =>
    s.priorities.flatMap((p) => p.strategies.map((st) => ({ workspaceId: s.workspaceId, school: s.school, priority: p.title, statement: st.statement, code: st.practiceCode }))),
  )
  const groups = byPractice(rubric, strategies, (st) => st.code)
  const coded = new Set(groups.flatMap((g) => g.items))
  const missing = strategies.filter((st) => !coded.has(st))
  return {
    codes: groups.map(({ practice, items }) => {
      const priorities = new Map<string, { workspaceId: string; school: string; title: string }>()
      for (const st of items) priorities.set(`${st.workspaceId}\u0000${st.priority}`, { workspaceId: st.workspaceId, school: st.school, title: st.priority })
      return {
        code: practice.code,
        title: practice.title,
        schools: distinctSchools(items),
        priorities: [...priorities.values()],
        strategies: items.map(({ workspaceId, school, priority, statement }) => ({ workspaceId, school, priority, statement })),
      }
    }),
    uncoded: { strategies: missing.length, schools: distinctSchools(missing) },
    credit: rubric.source.attribution,
  }
}
