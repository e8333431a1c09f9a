/**
 * The symposium format of seed 004 (all rights reserved): its STRUCTURE only — stages, how many
 * framing questions each stage had, topic labels, the per-group output sections. Every prompt here
 * is written in our own words. Ids are stable (`s.<stage>.<n>`).
 */
import type { StakeholderRole } from '../auth/roles'
import type { Attribution, CoachingPrompt } from './coaching-prompts'

export const SYMPOSIUM_ATTRIBUTION = {
  title: 'Symposium format (panels, cross-role and role-alike groups, synthesis)',
  source:
    'Structure adapted from Unger, C. et al. (2008). How Can State Education Agencies Support District Improvement? The Education Alliance at Brown University.',
  licence: 'Structure only; all prompts are Rootwork’s own wording (source is all rights reserved).',
} as const satisfies Attribution

export interface SymposiumStage {
  readonly id: string
  readonly title: string
  /** why the stage exists, for the facilitator panel */
  readonly purpose: string
  readonly prompts: readonly CoachingPrompt[]
}

export const SYMPOSIUM_STAGES = [
  {
    id: 's.panel',
    title: 'Stakeholder panels',
    purpose: 'Each stakeholder group speaks in turn; everyone else takes notes on what they hear.',
    // the seed put the same three questions to every panel
    prompts: [
      { id: 's.panel.1', text: 'When you say “district improvement”, what do you have in mind?' },
      { id: 's.panel.2', text: 'What stands most in the way of districts improving?' },
      { id: 's.panel.3', text: 'What part does the state agency play in district improvement — and what part could or should it play?' },
    ],
  },
  {
    id: 's.cross-role',
    title: 'Cross-role breakouts',
    purpose: 'Mixed groups hear how the same problem looks from other seats in the system.',
    prompts: [
      { id: 's.cross-role.1', text: 'From where each of you sits, what holds district improvement back the most?' },
      { id: 's.cross-role.2', text: 'What could the state agency do to spark and sustain improvement in districts?' },
    ],
  },
  {
    id: 's.gallery',
    title: 'Gallery walk',
    purpose: 'Everyone reads the other groups’ boards and leaves comments or dots.',
    prompts: [
      { id: 's.gallery.1', text: 'Which idea on another group’s board surprised you?' },
      { id: 's.gallery.2', text: 'Where do two groups say the same thing in different words?' },
    ],
  },
  {
    id: 's.role-alike',
    title: 'Role-alike breakouts',
    purpose: 'People in the same role revisit the central challenges and look for new strategies they could own.',
    prompts: [
      { id: 's.role-alike.1', text: 'Which conditions would help districts improve the most?' },
      { id: 's.role-alike.2', text: 'What limits how far a state can go in changing its policies to support districts?' },
      { id: 's.role-alike.3', text: 'Which policies, strategies or fresh ideas could set district improvement in motion?' },
    ],
  },
  {
    id: 's.share-out',
    title: 'Share-out',
    purpose: 'Each group briefly presents its board to the whole room, one after another.',
    prompts: [{ id: 's.share-out.1', text: 'Which one or two ideas does your group expect to make the biggest difference?' }],
  },
  {
    id: 's.synthesis',
    title: 'Synthesis',
    purpose: 'The room sorts what it heard into agreement, disagreement, and what each role sees differently.',
    prompts: [
      { id: 's.synthesis.1', text: 'Where does the whole room agree?' },
      { id: 's.synthesis.2', text: 'Where do we disagree, and what lies behind the disagreement?' },
      { id: 's.synthesis.3', text: 'What does each role notice that the others might miss?' },
    ],
  },
  {
    id: 's.closing',
    title: 'Closing commitments',
    purpose: 'Reflectors name the themes they noticed; each person commits to a concrete next step.',
    prompts: [
      { id: 's.closing.1', text: 'Which themes and tensions stood out to you across the session?' },
      { id: 's.closing.2', text: 'What will you do differently when you are back at work, and by when?' },
    ],
  },
] as const satisfies readonly SymposiumStage[]

/** Default synthesis rows: the seed's four topic labels. */
export const SYNTHESIS_TOPICS = [
  'Coherence and Alignment',
  'Effective Intervention and Support Strategies',
  'Catalyzing Conditions',
  'Capacity and Resource Allocation',
] as const

/** Sections every breakout group fills in, in this order. */
export const GROUP_OUTPUT_SECTIONS = [
  { id: 'themes', title: 'Central themes' },
  { id: 'challenges', title: 'Challenges' },
  { id: 'recommendations', title: 'Recommendations' },
] as const

/**
 * The seed reported three role-alike groups, merging researchers with other educational actors.
 * Pass this to role-alike grouping to reproduce that; omit it for one group family per role.
 */
export const SYMPOSIUM_ROLE_FAMILIES = {
  superintendent: 'district',
  principal: 'district',
  sea: 'state',
  researcher: 'research-and-actors',
  other: 'research-and-actors',
} as const satisfies Partial<Record<StakeholderRole, string>>

export function symposiumPrompts(): readonly (CoachingPrompt & { readonly stageId: string })[] {
  return (SYMPOSIUM_STAGES as readonly SymposiumStage[]).flatMap((s) => s.prompts.map((p) => ({ ...p, stageId: s.id })))
}
