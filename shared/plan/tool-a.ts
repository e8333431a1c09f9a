/**
 * Tool A (School Improvement Planning Template, seed 003, CC BY 4.0) as data: section headings,
 * header fields, the needs-assessment checklist, prompts and the reporting cadences. Wording is
 * Tool A's, with the template's defects cleaned up (see digest §2.2) — the attribution says so.
 */
export const TOOL_A_ATTRIBUTION = {
  source:
    'Tool A, "School Improvement Planning Template", in Layland, A. & Corbett, J. (2017). Utilizing integrated ' +
    'resources to implement the school and district improvement cycle and supports: Guidance for schools, districts ' +
    'and state education agencies. Washington DC: The Council of Chief State School Officers (CCSSO).',
  license: 'CC BY 4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
  text:
    'Plan structure and template text adapted from Tool A, "School Improvement Planning Template", in Layland, A. & ' +
    'Corbett, J. (2017), Utilizing integrated resources to implement the school and district improvement cycle and ' +
    'supports, © 2017 CCSSO, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Changes: ' +
    'numbering generated and corrected, reporting and supports tables unified, session results filled in by Rootwork.',
} as const

/** Section ids in Tool A order; the PlanDocument keeps its sections in exactly this order. */
export const SECTION_HEADINGS = {
  atAGlance: 'At-A-Glance',
  direction: 'School Strategic Direction',
  overview: 'Priority Overview',
  signatures: 'Plan Signatures',
  needs: 'Needs Assessment',
  planning: 'Priority Planning & Reporting',
  reporting: 'Reporting',
  supports: 'Supports',
} as const
export type SectionId = keyof typeof SECTION_HEADINGS
export const SECTION_ORDER = Object.keys(SECTION_HEADINGS) as SectionId[]

/** At-a-glance header fields that are free text (the two dates are plain values, see DATE_FIELDS). */
export const HEADER_FIELDS = {
  updateSummary: 'Update Summary',
  schoolName: 'School Name',
  essaStatus: 'ESSA Status',
  cityCounty: 'City/County',
  zipCode: 'Zip Code',
  phone: 'Phone Number',
  principal: 'Principal',
  contact: 'Contact Information',
  district: 'District',
  superintendent: 'Superintendent',
  districtLiaison: 'District Liaison/Contact',
  federalDesignation: 'Federal Accountability Designation',
  titleIStatus: 'Title I Status',
} as const
export type HeaderFieldId = keyof typeof HEADER_FIELDS
export const DATE_FIELDS = { dateOfPlan: 'Date of Plan', dateOfUpdate: 'Date of Update' } as const
export type DateFieldId = keyof typeof DATE_FIELDS

type ElementOption = { readonly id: string; readonly label: string; readonly other?: true }
/** The 12 checklist lines; every line has its own box, some have sub-options ("other" ones take text). */
export const NEEDS_ELEMENTS = [
  { id: 'demographics', label: 'Demographics', options: [{ id: 'student', label: 'student' }, { id: 'community', label: 'community' }, { id: 'personnel', label: 'personnel' }, { id: 'other', label: 'other', other: true }] },
  { id: 'policies', label: 'LEA or SEA policies and supports', options: [{ id: 'operations', label: 'operations' }, { id: 'learningInfrastructure', label: 'learning infrastructure' }, { id: 'supportForImprovement', label: 'support for school improvement' }] },
  { id: 'outcomes', label: 'Student outcomes/performance', options: [{ id: 'assessments', label: 'assessments' }, { id: 'graduation', label: 'graduation rates' }, { id: 'postSecondary', label: 'post-secondary success' }] },
  { id: 'accountability', label: 'Accountability metrics', options: [{ id: 'other', label: 'other', other: true }] },
  { id: 'engagement', label: 'Student engagement', options: [{ id: 'attendance', label: 'attendance' }, { id: 'behavior', label: 'behavior' }, { id: 'other', label: 'other', other: true }] },
  { id: 'opportunities', label: 'Student opportunities', options: [{ id: 'programs', label: 'enrollment/participation in various programs' }, { id: 'programsOther', label: 'other', other: true }, { id: 'equity', label: 'equity of access to quality instruction' }, { id: 'equityOther', label: 'other', other: true }] },
  { id: 'personnel', label: 'Personnel policy and procedures (e.g., recruitment, hiring, placement, development, evaluation, differentiation, advancement, termination)', options: [] },
  { id: 'practice', label: 'Professional practice (e.g., leadership and decision-making, leadership development, planning, curriculum, instruction, family/community engagement, student support services)', options: [] },
  { id: 'climate', label: 'Climate and culture (e.g., student and adult perceptions, stakeholder engagement)', options: [] },
  { id: 'performance', label: 'Performance management routines (e.g., collecting implementation data, monitoring progress)', options: [] },
  { id: 'vendors', label: 'Vendor/partner practices and outcomes (e.g., do contracts include performance management provisions?)', options: [] },
  { id: 'other', label: 'Other', options: [{ id: 'other', label: 'other', other: true }] },
] as const satisfies readonly { id: string; label: string; options: readonly ElementOption[] }[]

/** A checkbox key: a line id ("climate") or "line.option" ("demographics.student"). */
export const elementKey = (line: string, option?: string): string => (option ? `${line}.${option}` : line)
/** "Other: ___" slots, each a free text in the draft. */
export const NEEDS_OTHER_SLOTS = NEEDS_ELEMENTS.flatMap((line) =>
  line.options.filter((o: ElementOption) => o.other).map((o) => elementKey(line.id, o.id)),
)
/** Lines a rubric session gives evidence for; suggested, a human confirms by ticking. */
export const RUBRIC_SUGGESTS_ELEMENTS = ['policies', 'personnel', 'practice', 'climate'] as const

export const TOOL_A_TEXT = {
  needsIntro:
    "The needs assessment identifies a school or district's strengths, weaknesses, opportunities, and threats related " +
    'to rapid school improvement. An analysis of the data is conducted to identify the root cause of the weaknesses. ' +
    'This critical information is then used to select effective practices and create strategies to address the root causes.',
  elementsHeading: 'Elements included in the needs assessment',
  howCompleted: 'How was the needs assessment, including the root cause analysis, completed and who was involved?',
  stakeholderInput: 'How was stakeholder input included?',
  dataAnalysisHeading: 'Data Analysis',
  leverage: 'What can be leveraged to move us closer to our goals?',
  rootCauses: 'What are the root causes?',
  topPriorities:
    'List top four priority areas based on the needs assessment. Although more can be identified, going deeper in ' +
    'improving fewer areas is often more effective.',
  signatureStatement: 'I have reviewed the plan and understand the work that we need to do together to fully implement the plan.',
  signatories:
    'Signatories could include the principal, other school staff, teaching representatives, school board representative, ' +
    'LEA staff, parent/family advocates, and/or community members.',
  planningIntro: [
    'Strategies represent effective practices to be implemented by the school and relevant district staff. All strategies are written as a Theory of Action: If...then...and...',
    'Milestones are indicators of implementing the strategies.',
    'For each milestone, action plans are developed detailing the incremental steps in completing a milestone.',
    'Reporting includes implementation (actions and the outputs finished, milestones completed) and results data (strategy and goal measures).',
    'The interlaced data (implementation and results) are used to identify responsive supports needed to accomplish the plan and make the needed improvements.',
    'Supports can be both internal and external and include those needed and received from the district, the state education agency, or from external vendors or contractors.',
  ],
  strategyMeasures: 'Strategy Performance Measures: (measuring the "then" part of the statement-the adult behavior)',
  supportsIntro:
    'List any support(s) provided by the district, state, or other organizations. Identify how the supports were used and ' +
    'how effective the supports were, based on data (include any relevant data in the explanation if it is available).',
  rubricNote: 'LEA Self-Reflection (Tool C) result — a candidate weakness; the self-reflection is not a needs assessment, only one input to it.',
} as const

/** Tool A's table column labels, verbatim (seed 003), so the exported tables read as the template's. */
export const TOOL_A_COLUMNS = {
  leadership: ['Name', 'Position'],
  goalMeasure: ['Indicator(s)', 'Data Source', 'Baseline', 'Target Year 1', 'Target Year 2', 'Target Year 3'],
  overview: ['Priority Area (based on Needs Assessment)', 'Strategy', 'Indicator', 'Milestones', 'Timeline'],
  signatures: ['Name', 'Position', 'Improvement Plan Role', 'Signature'],
  strategyMeasure: ['Indicator', 'Data Source', 'Baseline', 'Target Year 1', 'Target Year 2'],
  actions: ['Actions', 'Anticipated Outputs', 'Timeline', 'Resources/Budget', 'Person Responsible', 'Collaborators'],
  // Tool A's two supports variants (priority 1 and priorities 2–4) merged, in the template's words
  supports: ['Priority', 'Supports Needed', 'Supports Provided', 'Source (district and other organizations)', 'How were supports used?', 'Effectiveness'],
} as const
export const TOOL_A_LABELS = {
  leadershipCaption: 'School Leadership team Members',
  measureCaption: 'Measure',
  explanation: 'Explanation',
  vision: 'Vision',
  mission: 'Mission',
} as const

/** Theory-of-action slot hints (Tool A). */
export const STRATEGY_SLOTS = {
  ifWe: { lead: 'If we', hint: 'the effective practice the school implements' },
  then: { lead: 'then', hint: 'what teachers, staff, etc. will do as a result of the effective practice' },
  and: { lead: 'and', hint: 'what the students do as a result of the effective practice/student focused goal this strategy supports' },
} as const

export const REPORTING_CADENCES = {
  monthly: { label: 'Monthly', guidance: 'Monthly Action Status Reporting should be completed and reviewed by the school leadership team. Any needed adjustments are made to keep the work on track.' },
  quarterly: { label: 'Quarterly', guidance: 'Quarterly reporting is shared with the district and supports are discussed and added or modified as needed.' },
  semester: { label: 'Semester', guidance: 'At least once a semester, milestone completion should be reviewed and adjustments made to ensure milestones are completed by the end of the school year.' },
  annual: { label: 'Annual', guidance: "Annually data from strategies and goals are reviewed to determine if targeted results were seen. Recommendations for next year's plan are discussed and planning adjusted based on the recommendations." },
} as const
export type CadenceId = keyof typeof REPORTING_CADENCES
export const CADENCE_IDS = Object.keys(REPORTING_CADENCES) as CadenceId[]
