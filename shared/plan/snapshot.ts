/**
 * snapshotPlan: session results + plan draft → the plan document (Tool A's sections in order,
 * numbered, quality findings, attribution). Pure and linear in the input; the clock is passed in.
 */
import { emptyPlanDraft } from './draft'
import { PLAN_FORMAT, type PlanDocument, type PlanSections } from './document'
import type { SnapshotInput } from './input'
import { buildNeeds } from './needs'
import { buildOverview, buildPlanning, buildSupports, type TraceIndex } from './planning'
import { checkPlanQuality } from './quality'
import { elementTitle } from './rubric-index'
import { DATE_FIELDS, HEADER_FIELDS, REPORTING_CADENCES, SECTION_HEADINGS, TOOL_A_ATTRIBUTION, TOOL_A_TEXT, CADENCE_IDS, type HeaderFieldId } from './tool-a'

const day = (iso: string) => iso.slice(0, 10)

function traceIndex(input: SnapshotInput): TraceIndex {
  const rubric = new Map<string, string>()
  for (const r of input.rubric ?? []) rubric.set(r.elementId, `${r.elementId} ${elementTitle(r.elementId) ?? ''}`.trim())
  return {
    cause: new Map((input.causes ?? []).map((c) => [c.id, c.text])),
    swot: new Map((input.swot ?? []).map((s) => [s.id, s.text])),
    rubric,
  }
}

function atAGlance(input: SnapshotInput, today: string): PlanSections['atAGlance'] {
  const draft = input.plan ?? emptyPlanDraft()
  const dates = {
    dateOfPlan: draft.dateOfPlan || input.revision?.dateOfPlan || today,
    dateOfUpdate: input.revision ? today : draft.dateOfUpdate,
  }
  const values: Record<HeaderFieldId, string> = { ...draft.header, updateSummary: input.revision?.note || draft.header.updateSummary }
  return {
    id: 'at-a-glance',
    heading: SECTION_HEADINGS.atAGlance,
    fields: [
      ...(Object.keys(DATE_FIELDS) as (keyof typeof DATE_FIELDS)[]).map((f) => ({ id: f, label: DATE_FIELDS[f], value: dates[f] })),
      ...(Object.keys(HEADER_FIELDS) as HeaderFieldId[]).map((f) => ({ id: f, label: HEADER_FIELDS[f], value: values[f] })),
    ],
    leadershipTeam: draft.leadership.map((l) => ({ id: l.id, name: l.name, position: l.position })),
  }
}

export function snapshotPlan(input: SnapshotInput, clock: { readonly now: string }): PlanDocument {
  const draft = input.plan ?? emptyPlanDraft()
  const planning = buildPlanning(draft, traceIndex(input))
  const sections: PlanSections = {
    atAGlance: atAGlance(input, day(clock.now)),
    direction: {
      id: 'strategic-direction',
      heading: SECTION_HEADINGS.direction,
      vision: draft.vision,
      mission: draft.mission,
      goals: draft.goals.map((g, i) => ({
        id: g.id, number: `${i + 1}`, heading: `Goal ${i + 1}`, statement: g.statement, explanation: g.explanation,
        measures: g.measures.map((m, j) => ({ id: m.id, number: `${j + 1}`, indicator: m.indicator, dataSource: m.dataSource, baseline: m.baseline, targets: [m.target1, m.target2, m.target3] })),
      })),
    },
    overview: buildOverview(planning),
    signatures: {
      id: 'plan-signatures',
      heading: SECTION_HEADINGS.signatures,
      statement: TOOL_A_TEXT.signatureStatement,
      signatories: TOOL_A_TEXT.signatories,
      rows: draft.signatures.map((s) => ({ id: s.id, name: s.name, position: s.position, planRole: s.planRole, signature: s.signature, signedAt: s.signedAt })),
    },
    needs: buildNeeds(input, draft),
    planning,
    reporting: {
      id: 'reporting',
      heading: SECTION_HEADINGS.reporting,
      cadences: CADENCE_IDS.map((c) => ({ id: c, label: REPORTING_CADENCES[c].label, guidance: REPORTING_CADENCES[c].guidance, notes: draft.reporting[c] })),
    },
    supports: buildSupports(draft),
  }
  const school = draft.header.schoolName.trim() || draft.header.district.trim()
  return {
    format: PLAN_FORMAT,
    generatedAt: clock.now,
    title: input.title?.trim() || (school ? `Improvement Plan — ${school}` : 'Improvement Plan'),
    sections,
    quality: checkPlanQuality(sections),
    settings: { paper: draft.settings.paper, locale: draft.settings.locale },
    attribution: { ...TOOL_A_ATTRIBUTION },
  }
}
