/**
 * Plan-quality checks from the seeds, reported and never applied: the team decides what to do.
 * Each finding has a stable id ("<code>:<target id>") so the UI can anchor it and a diff can track it.
 */
import type { PlanSections, QualityFinding } from './document'

export const QUALITY_CODES = {
  tooManyPriorities: 'too-many-priorities',
  strategyUnmeasured: 'strategy-then-unmeasured',
  strategyOneYear: 'strategy-within-one-year',
  actionOwner: 'action-not-one-owner',
  rootCauseEvidence: 'root-cause-without-evidence',
  swotEvidence: 'swot-without-evidence',
  goalTargets: 'goal-measure-under-two-targets',
} as const
export type QualityCode = (typeof QUALITY_CODES)[keyof typeof QUALITY_CODES]

const MAX_PRIORITIES = 4
const QUADRANT_LABELS = { strengths: 'Strength', opportunities: 'Opportunity', weaknesses: 'Weakness', threats: 'Threat' } as const
const filled = (s: string) => s.trim() !== ''
const quote = (s: string) => `"${s.trim().length > 60 ? `${s.trim().slice(0, 57)}…` : s.trim()}"`

type Checked = Pick<PlanSections, 'direction' | 'needs' | 'planning'>

export function checkPlanQuality(sections: Checked): QualityFinding[] {
  const out: QualityFinding[] = []
  const add = (code: QualityCode, target: QualityFinding['target'], message: string) => out.push({ id: `${code}:${target.id}`, code, message, target })
  const { priorities } = sections.planning

  if (priorities.length > MAX_PRIORITIES) {
    add(QUALITY_CODES.tooManyPriorities, { kind: 'plan', id: 'plan', label: 'Priority areas' },
      `The plan has ${priorities.length} priority areas. Tool A asks for the top four: going deeper in improving fewer areas is often more effective.`)
  }
  for (const p of priorities) {
    for (const s of p.strategies) {
      const target = { kind: 'strategy', id: s.id, label: s.heading }
      if (!s.measures.some((m) => filled(m.indicator))) {
        add(QUALITY_CODES.strategyUnmeasured, target,
          `${s.heading} has no performance measure for its "then" part (the adult behavior). If it can't be measured, the strategy needs to be reworked.`)
      }
      if (s.achievableWithinOneYear) {
        add(QUALITY_CODES.strategyOneYear, target,
          `${s.heading} is marked achievable within one year: a strategy takes two or more years, so this is too narrow and most likely a milestone.`)
      }
      for (const m of s.milestones) {
        for (const a of m.actions) {
          if (a.responsible.length === 1) continue
          const who = a.responsible.length === 0 ? 'no person responsible' : `${a.responsible.length} people responsible (${a.responsible.join(', ')})`
          add(QUALITY_CODES.actionOwner, { kind: 'action', id: a.id, label: `Action ${a.number}` }, `Action ${a.number} has ${who}; an action step has exactly one owner.`)
        }
      }
    }
  }
  for (const c of sections.needs.dataAnalysis.rootCauses.causes) {
    if (!filled(c.evidence) && !filled(c.link)) add(QUALITY_CODES.rootCauseEvidence, { kind: 'cause', id: c.id, label: quote(c.text) }, `Root cause ${quote(c.text)} has no evidence. Where is the evidence to support this?`)
  }
  for (const r of sections.needs.dataAnalysis.rows) {
    if (r.source === 'swot' && !filled(r.evidence) && !filled(r.link)) {
      add(QUALITY_CODES.swotEvidence, { kind: 'swot', id: r.id, label: quote(r.text) }, `${QUADRANT_LABELS[r.quadrant]} ${quote(r.text)} has no evidence.`)
    }
  }
  for (const g of sections.direction.goals) {
    for (const m of g.measures) {
      const targets = m.targets.filter(filled).length
      if (targets >= 2) continue
      add(QUALITY_CODES.goalTargets, { kind: 'goalMeasure', id: m.id, label: `${g.heading}, measure ${m.number}` },
        `${g.heading}, measure ${m.number} has ${targets === 0 ? 'no targets' : 'one target'}; set targets for at least two years.`)
    }
  }
  return out
}
