/**
 * The SWOT grid as data: quadrants, the two Data Analysis prompts of Tool A (seed 003, CC BY 4.0,
 * verbatim) that span quadrant pairs, and the coaching prompts shown beside the grid.
 * Quadrant ids are stored in documents: never rename them.
 */
import { TOOL_B_ATTRIBUTION } from './coaching-prompts'

export const SWOT_QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const
export type SwotQuadrant = (typeof SWOT_QUADRANTS)[number]

/** The two quadrant pairs of Tool A's Data Analysis table; each has one shared notes area. */
export const SWOT_PAIRS = ['leverage', 'rootCauses'] as const
export type SwotPair = (typeof SWOT_PAIRS)[number]

export interface QuadrantInfo {
  readonly label: string
  /** the classic 2×2: internal/external × helpful/harmful */
  readonly origin: 'internal' | 'external'
  readonly effect: 'helpful' | 'harmful'
  readonly pair: SwotPair
  /** one-line hint under the heading (derived wording) */
  readonly hint: string
}

export const QUADRANT_INFO = {
  strengths: {
    label: 'Strengths',
    origin: 'internal',
    effect: 'helpful',
    pair: 'leverage',
    hint: 'What is working inside the school or district, and what shows it?',
  },
  weaknesses: {
    label: 'Weaknesses',
    origin: 'internal',
    effect: 'harmful',
    pair: 'rootCauses',
    hint: 'Where do practices or results fall short, and what shows it?',
  },
  opportunities: {
    label: 'Opportunities',
    origin: 'external',
    effect: 'helpful',
    pair: 'leverage',
    hint: 'What outside resources, partners or conditions could help?',
  },
  threats: {
    label: 'Threats',
    origin: 'external',
    effect: 'harmful',
    pair: 'rootCauses',
    hint: 'What internal or external conditions could be the root of a weakness?',
  },
} as const satisfies Record<SwotQuadrant, QuadrantInfo>

/** Tool A's Data Analysis prompt column, verbatim; each spans two quadrants. */
export const PAIR_PROMPTS = {
  leverage: { prompt: 'What can be leveraged to move us closer to our goals?', quadrants: ['strengths', 'opportunities'] },
  rootCauses: { prompt: 'What are the root causes?', quadrants: ['weaknesses', 'threats'] },
} as const satisfies Record<SwotPair, { readonly prompt: string; readonly quadrants: readonly SwotQuadrant[] }>

/** Row order of Tool A's Data Analysis table (S, O, W, T), used by the snapshot and exports. */
export const TOOL_A_ROW_ORDER = ['strengths', 'opportunities', 'weaknesses', 'threats'] as const satisfies readonly SwotQuadrant[]

/** Tool A's needs-assessment intro, verbatim (abridged where the seed has an ellipsis). */
export const DATA_ANALYSIS_INTRO =
  'The needs assessment identifies a school or district’s strengths, weaknesses, opportunities, and threats related to rapid school improvement … An analysis of the data is conducted to identify the root cause of the weaknesses.'

export const EVIDENCE_LABEL = 'Evidence'
/** shown on an item with neither evidence text nor a link (Tool B: "what's the evidence?") */
export const NEEDS_EVIDENCE_LABEL = 'Needs evidence'

/**
 * Coaching prompts beside the grid: Tool B "2. ASSESS NEEDS" by id (see coaching-prompts.ts) plus
 * the framing sentence of that phase, verbatim. Seed 002 step 1 questions are referenced by id too.
 */
export const SWOT_COACHING = {
  framing:
    'It is also important for the team to discuss how to leverage strengths to capitalize on opportunities, and to identify both internal and external threats that may be the root of a weakness.',
  toolBPromptIds: ['b.needs.main.4', 'b.needs.main.5', 'b.needs.main.7', 'b.needs.main.14'],
  planningPromptIds: ['p.step1.1', 'p.step1.2', 'p.step1.3'],
  attribution: TOOL_B_ATTRIBUTION,
} as const
