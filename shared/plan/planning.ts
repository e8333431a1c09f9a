/**
 * The plan draft's priorities → Priority Planning (numbered priorities, strategies as theories of
 * action, measures, milestones, actions), the at-a-glance priority overview grid and the supports
 * table. Links to causes, SWOT items and rubric elements become labelled trace entries.
 */
import type { PlanDraft, PlanLinks, StrategyDraft } from './draft'
import type { PlanSections, PlanTrace } from './document'
import { LINK_KINDS } from './items'
import { numberLabel } from './numbering'
import { practiceTitle } from './rubric-index'
import { SECTION_HEADINGS, TOOL_A_TEXT } from './tool-a'

/** Labels for link targets, by kind then id (built once per snapshot). */
export type TraceIndex = { readonly [K in PlanTrace['kind']]: ReadonlyMap<string, string> }

function trace(links: PlanLinks, index: TraceIndex): PlanTrace[] {
  return LINK_KINDS.flatMap((kind) =>
    links[kind].map((id) => {
      const label = index[kind].get(id)
      return { kind, id, label: label ?? id, found: label !== undefined }
    }),
  )
}

/** Strips a lead word people type into its own slot ("If we …" in the If-we slot) and end punctuation. */
const slot = (text: string, lead: RegExp): string => text.trim().replace(lead, '').replace(/[\s.,;]+$/, '')

export function theoryOfAction(s: Pick<StrategyDraft, 'ifWe' | 'then' | 'and'>): { ifWe: string; then: string; and: string; statement: string } {
  const ifWe = slot(s.ifWe, /^if\s+(we\s+)?/i)
  const then = slot(s.then, /^then\s+/i)
  const and = slot(s.and, /^and\s+/i)
  // only the parts the team wrote: a document for signature never shows a "…" placeholder
  const parts = [ifWe && `If we ${ifWe}`, then && `then ${then}`, and && `and ${and}`].filter(Boolean)
  const statement = parts.length ? `${parts.join(', ').replace(/^./, (c) => c.toUpperCase())}.` : ''
  return { ifWe, then, and, statement }
}

type Planning = PlanSections['planning']

export function buildPlanning(draft: PlanDraft, index: TraceIndex): Planning {
  const goals = new Map(draft.goals.map((g, i) => [g.id, `Goal ${i + 1}`]))
  return {
    id: 'priority-planning',
    heading: SECTION_HEADINGS.planning,
    intro: [...TOOL_A_TEXT.planningIntro],
    measuresHeading: TOOL_A_TEXT.strategyMeasures,
    priorities: draft.priorities.map((p, n) => {
      const pn = `${n + 1}`
      return {
        id: p.id, number: pn, heading: numberLabel('priority', pn), title: p.title, description: p.description, trace: trace(p.links, index),
        strategies: p.strategies.map((s, m) => {
          const sn = `${pn}.${m + 1}`
          const goal = s.goalId ? goals.get(s.goalId) : undefined
          return {
            id: s.id, number: sn, heading: numberLabel('strategy', sn), ...theoryOfAction(s),
            practiceCode: s.practiceCode, practiceTitle: practiceTitle(s.practiceCode),
            goal: s.goalId && goal ? { id: s.goalId, heading: goal } : null,
            achievableWithinOneYear: s.achievableWithinOneYear,
            trace: trace(s.links, index),
            measures: s.measures.map((x) => ({ id: x.id, indicator: x.indicator, dataSource: x.dataSource, baseline: x.baseline, targets: [x.target1, x.target2] })),
            milestones: s.milestones.map((ms, k) => {
              const mn = `${sn}.${k + 1}`
              return {
                id: ms.id, number: mn, heading: numberLabel('milestone', mn), text: ms.text, timeline: ms.timeline,
                actions: ms.actions.map((a, j) => ({
                  id: a.id, number: `${mn}.${j + 1}`, text: a.text, outputs: a.outputs, timeline: a.timeline, resources: a.resources,
                  // an entry with a blank name is nobody: it must not satisfy "one person responsible"
                  responsible: a.responsible.map((r) => r.name.trim()).filter(Boolean),
                  collaborators: a.collaborators,
                })),
              }
            }),
          }
        }),
      }
    }),
  }
}

export function buildOverview(planning: Planning): PlanSections['overview'] {
  const rows: PlanSections['overview']['rows'] = []
  for (const p of planning.priorities) {
    const priority = { number: p.number, title: p.title }
    if (p.strategies.length === 0) rows.push({ id: p.id, priority, strategy: null, indicator: '', milestone: null, timeline: '' })
    for (const s of p.strategies) {
      const strategy = { number: s.number, statement: s.statement }
      const indicator = s.measures.map((x) => x.indicator.trim()).filter(Boolean).join('; ')
      if (s.milestones.length === 0) rows.push({ id: s.id, priority, strategy, indicator, milestone: null, timeline: '' })
      for (const ms of s.milestones) rows.push({ id: ms.id, priority, strategy, indicator, milestone: { number: ms.number, text: ms.text }, timeline: ms.timeline })
    }
  }
  return { id: 'priority-overview', heading: SECTION_HEADINGS.overview, rows }
}

export function buildSupports(draft: PlanDraft): PlanSections['supports'] {
  return {
    id: 'supports',
    heading: SECTION_HEADINGS.supports,
    intro: TOOL_A_TEXT.supportsIntro,
    rows: draft.priorities.flatMap((p, n) => p.supports.map((s) => ({ id: s.id, priority: `${n + 1}`, needed: s.needed, provided: s.provided, provider: s.provider, howUsed: s.howUsed, effectiveness: s.effectiveness }))),
  }
}
