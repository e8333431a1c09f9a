/**
 * Schools × rubric elements: each school's agreed team level per element, grouped by domain, with
 * how many schools sit at each level and the school's evidence in the cell. Schools that never
 * agreed a level are listed (hasRubric false) so a blank row is not read as "low".
 */
import type { Rubric } from '../../content/rubric-model'
import type { SchoolData } from './school'
import type { RubricHeatmap } from './schema'

export function rubricHeatmap(rubric: Rubric, schools: readonly SchoolData[]): RubricHeatmap {
  const byElement = schools.map((s) => new Map(s.rubric.map((r) => [r.elementId, r])))
  return {
    levels: rubric.levels.map((l) => l.label),
    schools: schools.map((s, i) => ({ workspaceId: s.workspaceId, school: s.school, hasRubric: [...byElement[i]!.values()].some((r) => r.level !== null) })),
    domains: rubric.domains.map((d) => ({
      id: d.id,
      title: d.title.text,
      elements: d.practices.flatMap((p) =>
        p.elements.map((e) => {
          const cells = byElement.map((m) => {
            const r = m.get(e.id)
            return { level: r?.level ?? null, evidence: r?.evidence ?? '' }
          })
          const counts = rubric.levels.map((_, level) => cells.filter((c) => c.level === level).length)
          return { id: e.id, shortTitle: e.shortTitle, practiceId: p.id, counts, unset: cells.filter((c) => c.level === null).length, cells }
        }),
      ),
    })),
    credit: rubric.source.attribution,
  }
}
