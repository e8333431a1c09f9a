/**
 * Agenda templates as data. Each phase names its board by a string kind (views may arrive later:
 * an unknown kind falls back via `resolveBoard`), the prompt references that apply (see
 * domain/facilitation/decks.ts), the facilitator tools it uses, and suggested minutes.
 */

/** Facilitator tools a phase can switch on; the panel shows only these. */
export const TOOLS = ['timer', 'vote', 'brainstorm', 'breakouts', 'reveal', 'spotlight', 'poll', 'lock'] as const
export type Tool = (typeof TOOLS)[number]

/** Board kinds the templates use today. Stored agendas keep any string, so this is a hint, not a gate. */
export const KNOWN_BOARD_KINDS = [
  'direction',
  'rubric',
  'swot',
  'fishbone',
  'plan',
  'snapshot',
  'notes',
  'breakout',
  'gallery',
  'share-out',
  'synthesis',
  'whiteboard',
  'monitoring',
] as const
export type KnownBoardKind = (typeof KNOWN_BOARD_KINDS)[number]

export const BREAKOUT_MODES = ['cross-role', 'role-alike'] as const
export type BreakoutMode = (typeof BREAKOUT_MODES)[number]

export interface AgendaPhase {
  readonly id: string
  readonly title: string
  /** a board kind; `string` on purpose so agendas naming a future board still load */
  readonly board: string
  readonly minutes: number
  /** prompt references (id prefixes or group ids) for the coach panel */
  readonly prompts: readonly string[]
  readonly tools: readonly Tool[]
  /** set on breakout phases: how the facilitator's "make groups" button groups people */
  readonly breakout?: BreakoutMode
}

export interface AgendaTemplate {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly phases: readonly AgendaPhase[]
}

const ROOT_CAUSE = {
  id: 'root-cause',
  title: 'Root-cause session',
  description: 'From a concern in the data to actionable root causes and a plan, snapshotted into the improvement plan.',
  phases: [
    { id: 'direction', title: 'Set the direction', board: 'direction', minutes: 20, prompts: ['b.direction'], tools: ['timer'] },
    { id: 'self-reflection', title: 'Self-reflection', board: 'rubric', minutes: 30, prompts: ['b.needs.main.3', 'b.needs.main.4'], tools: ['timer', 'reveal'] },
    { id: 'swot', title: 'SWOT', board: 'swot', minutes: 25, prompts: ['b.needs', 'p.step1'], tools: ['timer', 'brainstorm'] },
    {
      id: 'root-causes',
      title: 'Root causes',
      board: 'fishbone',
      minutes: 40,
      prompts: ['b.needs.main.root-cause-questions', 'b.needs.main.5', 'b.needs.main.6', 'b.needs.main.7', 'p.step2'],
      tools: ['timer', 'brainstorm', 'lock'],
    },
    { id: 'prioritise', title: 'Prioritise', board: 'fishbone', minutes: 15, prompts: ['b.needs.main.9', 'b.needs.main.10', 'p.step2.2'], tools: ['vote', 'timer'] },
    { id: 'plan', title: 'Plan', board: 'plan', minutes: 45, prompts: ['b.plan', 'p.step3', 'p.step4', 'p.step5', 'p.step6'], tools: ['timer'] },
    { id: 'snapshot', title: 'Snapshot', board: 'snapshot', minutes: 10, prompts: ['b.needs.main.11', 'b.story'], tools: [] },
  ],
} as const satisfies AgendaTemplate

const RUBRIC_SCORING = {
  id: 'rubric-scoring',
  title: 'Rubric scoring session',
  description: 'Everyone scores the LEA Self-Reflection privately, then the team reviews, discusses disagreements and agrees levels.',
  phases: [
    { id: 'score', title: 'Score privately', board: 'rubric', minutes: 30, prompts: ['b.needs.main.3'], tools: ['timer'] },
    { id: 'reveal', title: 'Reveal and discuss disagreements', board: 'rubric', minutes: 25, prompts: ['b.needs.main.7', 'r'], tools: ['reveal', 'timer'] },
    { id: 'team-levels', title: 'Agree team levels and evidence', board: 'rubric', minutes: 30, prompts: ['b.needs.main.7'], tools: ['poll', 'timer', 'lock'] },
    { id: 'strengths', title: 'Strengths and weaknesses per domain', board: 'rubric', minutes: 15, prompts: ['b.needs.main.4', 'r'], tools: ['brainstorm', 'timer'] },
    { id: 'to-swot', title: 'Carry weak elements into the SWOT', board: 'swot', minutes: 10, prompts: ['b.needs.main.9'], tools: [] },
  ],
} as const satisfies AgendaTemplate

const SYMPOSIUM = {
  id: 'symposium',
  title: 'Symposium with breakouts',
  description: 'Panels, cross-role and role-alike breakouts, a gallery walk and a share-out, synthesised into agreement, disagreement and distinct perspectives.',
  phases: [
    { id: 'panels', title: 'Panel notes', board: 'notes', minutes: 45, prompts: ['s.panel'], tools: ['timer', 'spotlight'] },
    { id: 'cross-role', title: 'Cross-role breakouts', board: 'breakout', minutes: 60, prompts: ['s.cross-role'], tools: ['breakouts', 'timer'], breakout: 'cross-role' },
    { id: 'gallery', title: 'Gallery walk', board: 'gallery', minutes: 30, prompts: ['s.gallery'], tools: ['vote', 'timer'] },
    { id: 'role-alike', title: 'Role-alike breakouts', board: 'breakout', minutes: 60, prompts: ['s.role-alike'], tools: ['breakouts', 'timer'], breakout: 'role-alike' },
    { id: 'share-out', title: 'Share-out', board: 'share-out', minutes: 30, prompts: ['s.share-out'], tools: ['timer', 'spotlight'] },
    { id: 'synthesis', title: 'Synthesis', board: 'synthesis', minutes: 40, prompts: ['s.synthesis'], tools: ['poll', 'timer'] },
    { id: 'closing', title: 'Closing commitments', board: 'notes', minutes: 20, prompts: ['s.closing'], tools: ['brainstorm', 'timer'] },
  ],
} as const satisfies AgendaTemplate

/** Tool A "Monthly Action Status Reporting … should take only a few minutes"; Tool B phase 5 prompts. */
const MONTHLY_CHECK_IN = {
  id: 'monthly-check-in',
  title: 'Monthly check-in',
  description: "The leadership team updates every action's status for the month, looks at what is behind schedule and why, and adjusts.",
  phases: [
    { id: 'statuses', title: 'Update action statuses', board: 'monitoring', minutes: 5, prompts: ['b.monitor.main.2'], tools: ['timer'] },
    { id: 'behind', title: 'What is behind schedule, and why?', board: 'monitoring', minutes: 10, prompts: ['b.monitor.main.9'], tools: ['timer'] },
    { id: 'adjust', title: 'Adjustments and next steps', board: 'monitoring', minutes: 10, prompts: ['b.monitor.main.6', 'b.monitor.main.13'], tools: ['timer'] },
  ],
} as const satisfies AgendaTemplate

const QUARTERLY_REVIEW = {
  id: 'quarterly-review',
  title: 'Quarterly review',
  description: "The quarter's implementation data and results are reviewed with the district; supports are discussed, added or modified, and the quarterly report is taken.",
  phases: [
    { id: 'progress', title: 'Progress this quarter', board: 'monitoring', minutes: 15, prompts: ['b.monitor.main.1', 'b.monitor.main.3'], tools: ['timer'] },
    { id: 'implementation', title: 'Implementation data by milestone', board: 'monitoring', minutes: 20, prompts: ['b.monitor.main.2', 'b.monitor.main.9'], tools: ['timer'] },
    { id: 'results', title: 'Results against targets', board: 'monitoring', minutes: 15, prompts: ['b.monitor.main.6'], tools: ['timer'] },
    { id: 'pdsa', title: 'PDSA cycles: adopt, adapt or abandon', board: 'monitoring', minutes: 15, prompts: ['b.monitor.main.13'], tools: ['timer', 'poll'] },
    { id: 'supports', title: 'Supports and the quarterly report', board: 'monitoring', minutes: 15, prompts: ['b.monitor.main.12', 'b.monitor.main.4'], tools: ['timer'] },
  ],
} as const satisfies AgendaTemplate

export const AGENDA_TEMPLATES = [ROOT_CAUSE, RUBRIC_SCORING, SYMPOSIUM, MONTHLY_CHECK_IN, QUARTERLY_REVIEW] as const satisfies readonly AgendaTemplate[]
export type AgendaTemplateId = (typeof AGENDA_TEMPLATES)[number]['id']

export const agendaTemplate = (id: string): AgendaTemplate | undefined => AGENDA_TEMPLATES.find((t) => t.id === id)

/**
 * The board a client should open for a phase: the phase's own kind when this client has a view
 * for it, else `fallback` (a plain whiteboard), so an agenda naming a newer board still runs.
 */
export function resolveBoard(board: string, available: ReadonlySet<string>, fallback = 'whiteboard'): string {
  return available.has(board) ? board : fallback
}
