/**
 * Fishbone and 5 Whys content as data: default bones, cause-tag vocabularies with the source question
 * behind each tag, the 5 Whys demo (seed 003, CC BY 4.0, verbatim) and the contextual nudges.
 * Ids and vocabulary values are stored in documents: never rename them.
 */
import { TOOL_B_ATTRIBUTION } from './coaching-prompts'
import { LEA_SELF_REFLECTION, type LeaDomainId, type LeaPracticeId } from './lea-self-reflection'

export interface DefaultBone {
  readonly id: string
  readonly label: string
  /** the Tool C domain this bone stands for; null for Other/External */
  readonly domain: LeaDomainId | null
}

/**
 * Derived, not from the seed: Tool D's bone labels did not survive, so the default is Tool B's
 * "Focus on the Four Domains first" plus a free bone for everything else.
 */
export const DEFAULT_BONES = [
  { id: 'leadership', label: 'Leadership', domain: '1' },
  { id: 'talent', label: 'Talent Development', domain: '2' },
  { id: 'instruction', label: 'Instructional Transformation', domain: '3' },
  { id: 'culture', label: 'Culture Shift', domain: '4' },
  { id: 'other', label: 'Other/External', domain: null },
] as const satisfies readonly DefaultBone[]
export const DEFAULT_BONES_NOTE = 'Default categories are derived from the Four Domains; the Tool D template’s own labels are not in the source text.'

export const HEAD_POLARITIES = ['problem', 'bright-spot'] as const
export type HeadPolarity = (typeof HEAD_POLARITIES)[number]
export const POLARITY_LABELS = { problem: 'Problem', 'bright-spot': 'Bright spot' } as const satisfies Record<HeadPolarity, string>

export const ACTIONABLE = ['yes', 'needs-district', 'no'] as const
export type Actionable = (typeof ACTIONABLE)[number]
export const YES_NO = ['yes', 'no'] as const
export type YesNo = (typeof YES_NO)[number]
export const CAUSE_KINDS = ['cause', 'symptom'] as const
export type CauseKind = (typeof CAUSE_KINDS)[number]
export const BREAKDOWN_LEVELS = ['district', 'subject', 'grade-band', 'school', 'classroom'] as const
export type BreakdownLevel = (typeof BREAKDOWN_LEVELS)[number]
export const PRACTICE_CODES: readonly LeaPracticeId[] = LEA_SELF_REFLECTION.domains.flatMap((d) => d.practices.map((p) => p.id))
export type PracticeCode = LeaPracticeId

export interface TagInfo<V extends string> {
  readonly label: string
  /** the question the tag answers, as worded in its source prompt */
  readonly question: string
  /** Tool B (`b.…`) or Sample Planning Process (`p.…`) prompt id the question comes from */
  readonly promptId: string
  readonly values: Readonly<Record<V, string>>
}

export const CAUSE_TAGS = {
  actionable: {
    label: 'Actionable?',
    question: 'Is the cause actionable by the school/district?',
    promptId: 'b.needs.main.12',
    values: { yes: 'Actionable', 'needs-district': 'Needs district', no: 'Not actionable' },
  } satisfies TagInfo<Actionable>,
  withinControl: {
    label: 'Within our control?',
    question: 'Of the root causes identified, which can we control?',
    promptId: 'p.step2.2',
    values: { yes: 'Within our control', no: 'Outside our control' },
  } satisfies TagInfo<YesNo>,
  kind: {
    label: 'Cause or symptom?',
    question: 'Is this a cause or a symptom?',
    promptId: 'b.needs.main.8',
    values: { cause: 'Cause', symptom: 'Symptom' },
  } satisfies TagInfo<CauseKind>,
  systemic: {
    label: 'Systemic?',
    question: 'Is there a systemic root cause that contributes to multiple performance trends?',
    promptId: 'p.step2.3b',
    values: { yes: 'Systemic', no: 'Not systemic' },
  } satisfies TagInfo<YesNo>,
  breakdownLevel: {
    label: 'Breakdown level',
    question: 'For systemic root causes, where does the specific breakdown occur?',
    promptId: 'p.step2.3c',
    values: { district: 'District', subject: 'Subject', 'grade-band': 'Grade band', school: 'School', classroom: 'Classroom' },
  } satisfies TagInfo<BreakdownLevel>,
} as const

export const EVIDENCE_PROMPT_ID = 'b.needs.main.9'
export const PRACTICE_PROMPT_ID = 'b.needs.main.13'
export const PRIORITISE_PROMPT_ID = 'b.needs.main.15'

/** Seed 003 "EXAMPLE 5Whys ROOT CAUSE", verbatim: one symptom, five whys. */
export const WHYS_DEMO = {
  title: 'Example 5Whys root cause',
  symptom: 'Low student math performance in seventh grade.',
  whys: [
    "Students aren't learning and applying math concepts.",
    'Math teachers lack instructional strategies and pedagogy to provide adequate instruction.',
    'Two teachers are new and one is a long term substitute.',
    'There is high teacher turnover at the school.',
    'School culture is not supportive of new staff and the new induction program is not sufficient.',
  ],
  attribution: TOOL_B_ATTRIBUTION.source + ' ' + TOOL_B_ATTRIBUTION.licence,
} as const
export const DEFAULT_WHY_ROWS = 5

/** Contextual nudges for one cause or one fishbone; `promptId` resolves to the verbatim prompt text. */
export const NUDGES = {
  evidence: { promptId: EVIDENCE_PROMPT_ID, when: 'a cause has no evidence' },
  causeOrSymptom: { promptId: 'b.needs.main.8', when: 'a cause is not yet tagged cause or symptom' },
  actionable: { promptId: 'b.needs.main.6', when: 'a cause is not yet tagged actionable' },
  digDeeper: { promptId: 'b.needs.main.10', when: 'a cause is tagged symptom or not actionable' },
  control: { promptId: 'p.step2.2', when: 'a cause is not yet tagged within our control' },
  practice: { promptId: PRACTICE_PROMPT_ID, when: 'an actionable cause has no practice code' },
  breakdown: { promptId: 'p.step2.3c', when: 'a systemic cause has no breakdown level' },
  agreement: { promptId: 'b.needs.main.7', when: 'a cause was just added' },
  moneyTimeBlame: { promptId: 'b.needs.main.root-cause-questions', when: 'causes cluster on money, time or blame' },
  prioritise: { promptId: PRIORITISE_PROMPT_ID, when: 'a bone has several causes and none is prioritised' },
  spread: { promptId: 'p.step4.3', when: 'the head is a bright spot' },
} as const
export type NudgeId = keyof typeof NUDGES

/** Derived keyword lists for the money/time/blame nudge (Tool B: "move beyond money, time, and blame"). */
export const MONEY_TIME_BLAME = {
  money: ['money', 'funding', 'funds', 'budget', 'cost', 'costs', 'afford', 'resources'],
  time: ['time', 'schedule', 'minutes', 'hours', 'busy'],
  blame: ['blame', 'fault', 'lazy', 'unmotivated', "don't care", 'don\u2019t care', 'won\u2019t', "won't", 'refuse'],
} as const
