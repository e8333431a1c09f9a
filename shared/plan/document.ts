/**
 * The plan document a snapshot produces: Tool A's sections in Tool A's order, numbered, with the
 * quality findings and the attribution. Defined as zod schemas so a stored snapshot row is parsed
 * (never trusted) when it is read back; the types are inferred from them.
 */
import * as z from 'zod'
import { SWOT_QUADRANTS } from '../content/swot-prompts'
import { err, ok, type Result } from '../result'
import { PAPER_SIZE_IDS } from '../render/model'
import { SESSION_SENTENCE_IDS, type SessionSentenceId } from './session'

const s = z.string()
const id = s
const Trace = z.object({ kind: z.enum(['cause', 'swot', 'rubric']), id, label: s, found: z.boolean() })
const Numbered = { id, number: s, heading: s }

const AtAGlance = z.object({
  id: z.literal('at-a-glance'),
  heading: s,
  fields: z.array(z.object({ id, label: s, value: s })),
  leadershipTeam: z.array(z.object({ id, name: s, position: s })),
})

const GoalMeasure = z.object({ id, number: s, indicator: s, dataSource: s, baseline: s, targets: z.array(s) })
const Direction = z.object({
  id: z.literal('strategic-direction'),
  heading: s,
  vision: s,
  mission: s,
  goals: z.array(z.object({ ...Numbered, statement: s, explanation: s, measures: z.array(GoalMeasure) })),
})

const Overview = z.object({
  id: z.literal('priority-overview'),
  heading: s,
  /** one row per milestone (or per strategy/priority that has none), mirroring Tool A's grid */
  rows: z.array(
    z.object({
      id,
      priority: z.object({ number: s, title: s }),
      strategy: z.object({ number: s, statement: s }).nullable(),
      indicator: s,
      milestone: z.object({ number: s, text: s }).nullable(),
      timeline: s,
    }),
  ),
})

const Signatures = z.object({
  id: z.literal('plan-signatures'),
  heading: s,
  statement: s,
  signatories: s,
  rows: z.array(z.object({ id, name: s, position: s, planRole: s, signature: s, signedAt: s })),
})

const DataRow = z.object({
  id,
  quadrant: z.enum(SWOT_QUADRANTS),
  text: s,
  evidence: s,
  link: s,
  source: z.enum(['swot', 'rubric']),
  boardTitle: s,
  /** rubric element code (e.g. "2a3") for rows that came from the self-reflection */
  code: s.nullable(),
  note: s.nullable(),
})
const RootCause = z.object({ id, text: s, evidence: s, link: s, practiceCode: s.nullable(), practiceTitle: s.nullable(), systemic: z.boolean(), heads: z.array(s) })
const Sentence = z.object({ id: z.enum(SESSION_SENTENCE_IDS as [SessionSentenceId, ...SessionSentenceId[]]), text: s, generated: s, edited: z.boolean() })
const Question = z.object({
  id: z.enum(['how-completed', 'stakeholder-input']),
  question: s,
  /** the team's own answer, written in the draft */
  answer: s,
  /** the session record's sentences joined (what older snapshots stored) */
  fromSession: s,
  /** the session record sentence by sentence, with the team's edits applied */
  record: z.array(Sentence).default([]),
})
const Needs = z.object({
  id: z.literal('needs-assessment'),
  heading: s,
  intro: s,
  elements: z.object({
    heading: s,
    lines: z.array(
      z.object({
        id,
        label: s,
        checked: z.boolean(),
        /** the session's methods suggest this line; a human confirms by ticking it */
        suggested: z.boolean(),
        options: z.array(z.object({ id, label: s, checked: z.boolean(), other: s.nullable() })),
      }),
    ),
  }),
  questions: z.array(Question),
  dataAnalysis: z.object({
    heading: s,
    rows: z.array(DataRow),
    leverage: z.object({ prompt: s, notes: z.array(z.object({ id, text: s })) }),
    rootCauses: z.object({ prompt: s, causes: z.array(RootCause), notes: z.array(z.object({ id, text: s })) }),
  }),
  topPriorities: z.object({ prompt: s, items: z.array(z.object({ id, number: s, title: s })) }),
})

const Action = z.object({ id, number: s, text: s, outputs: s, timeline: s, resources: s, responsible: z.array(s), collaborators: s })
const Milestone = z.object({ ...Numbered, text: s, timeline: s, actions: z.array(Action) })
const Strategy = z.object({
  ...Numbered,
  ifWe: s,
  then: s,
  and: s,
  /** "If we …, then …, and …." */
  statement: s,
  practiceCode: s.nullable(),
  practiceTitle: s.nullable(),
  goal: z.object({ id, heading: s }).nullable(),
  achievableWithinOneYear: z.boolean(),
  trace: z.array(Trace),
  measures: z.array(z.object({ id, indicator: s, dataSource: s, baseline: s, targets: z.array(s) })),
  milestones: z.array(Milestone),
})
const Planning = z.object({
  id: z.literal('priority-planning'),
  heading: s,
  intro: z.array(s),
  measuresHeading: s,
  priorities: z.array(z.object({ ...Numbered, title: s, description: s, trace: z.array(Trace), strategies: z.array(Strategy) })),
})

const Reporting = z.object({ id: z.literal('reporting'), heading: s, cadences: z.array(z.object({ id, label: s, guidance: s, notes: s })) })
const Supports = z.object({
  id: z.literal('supports'),
  heading: s,
  intro: s,
  rows: z.array(z.object({ id, priority: s, needed: s, provided: s, provider: s, howUsed: s, effectiveness: s })),
})

export const QualityFinding = z.object({
  /** stable: "<code>:<target id>", so a diff can tell a finding that stayed from one that is new */
  id,
  code: s,
  message: s,
  target: z.object({ kind: s, id, label: s }),
})
export type QualityFinding = z.infer<typeof QualityFinding>

export const PLAN_FORMAT = 'rootwork.plan/1'
export const PlanDocument = z.object({
  format: z.literal(PLAN_FORMAT),
  generatedAt: s,
  title: s,
  sections: z.object({
    atAGlance: AtAGlance,
    direction: Direction,
    overview: Overview,
    signatures: Signatures,
    needs: Needs,
    planning: Planning,
    reporting: Reporting,
    supports: Supports,
  }),
  quality: z.array(QualityFinding),
  /** how the documents of this version print; snapshots older than the setting read as the defaults */
  settings: z.object({ paper: z.enum(PAPER_SIZE_IDS), locale: s }).default({ paper: 'letter', locale: '' }),
  attribution: z.object({ text: s, source: s, license: s, licenseUrl: s }),
})
export type PlanDocument = z.output<typeof PlanDocument>
export type PlanSections = PlanDocument['sections']
export type PlanPriority = PlanSections['planning']['priorities'][number]
export type PlanStrategy = PlanPriority['strategies'][number]
export type PlanDataRow = PlanSections['needs']['dataAnalysis']['rows'][number]
export type PlanRootCause = PlanSections['needs']['dataAnalysis']['rootCauses']['causes'][number]
export type PlanTrace = z.infer<typeof Trace>

/** Stored snapshot JSON → PlanDocument, or a message naming the first bad field. */
export function parsePlanDocument(json: unknown): Result<PlanDocument, string> {
  const parsed = PlanDocument.safeParse(json)
  if (parsed.success) return ok(parsed.data)
  const issue = parsed.error.issues[0]
  return err(issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid plan document')
}

/** The JSON export: stable key order (the schema's), two-space indent, trailing newline. */
export const planToJson = (plan: PlanDocument): string => `${JSON.stringify(plan, null, 2)}\n`
