/**
 * Seed 002's six-step Sample Planning Process as a prompt deck, verbatim: 23 numbered items and 7
 * lettered sub-items; Step 4's seven items are the action-step prioritisation criteria.
 * Ids are stable (`p.step<n>.<number>` / `p.step<n>.<number><letter>`).
 */
import type { Attribution, CoachingPrompt } from './coaching-prompts'

export const PLANNING_ATTRIBUTION = {
  title: 'Sample Planning Process',
  source: 'Sample Planning Process (unattributed ESSA-era LEA guidance)',
  licence: 'Licence unknown; quoted with attribution to the unnamed source.',
} as const satisfies Attribution

export interface PlanningItem extends CoachingPrompt {
  /** as printed: '1' … '7', or '3a' for a lettered sub-item */
  readonly number: string
  /** the seed's italic guidance after a question */
  readonly guidance?: string
  /** the seed's worked "District A" style example */
  readonly example?: string
  readonly subItems?: readonly PlanningItem[]
}
export interface PlanningStep {
  readonly id: string
  readonly number: number
  readonly title: string
  readonly items: readonly PlanningItem[]
}

export const PLANNING_STEPS = [
  {
    id: 'p.step1',
    number: 1,
    title: 'Examine Performance Trends',
    items: [
      { id: 'p.step1.1', number: '1', text: 'What are the most relevant data sources to use?' },
      { id: 'p.step1.2', number: '2', text: 'What are the LEA’s most promising and most concerning performance trends?' },
      { id: 'p.step1.3', number: '3', text: 'In what ways are these trends connected?' },
    ],
  },
  {
    id: 'p.step2',
    number: 2,
    title: 'Identify Root Causes',
    items: [
      { id: 'p.step2.1', number: '1', text: 'What factors contribute to promising and concerning performance trends?' },
      { id: 'p.step2.2', number: '2', text: 'Of the root causes identified, which can we control?' },
      {
        id: 'p.step2.3',
        number: '3',
        text: 'Which root causes can we eliminate because they are “symptoms” of deeper/systemic root causes?',
        subItems: [
          { id: 'p.step2.3a', number: '3a', text: 'What underlying factors contribute to the systemic root causes?' },
          {
            id: 'p.step2.3b',
            number: '3b',
            text: 'Is there a systemic root cause that contributes to multiple performance trends?',
            example:
              'District A has identified student misbehavior, rigor, and content delivery as root causes. Noting that the district has trained teachers in Positive Behavior Support (PBS) and Learning Focus Strategies (LFS) and participated in Common Ground, leadership identified professional development (PD) implementation as the underlying root cause for all three trends.',
          },
          {
            id: 'p.step2.3c',
            number: '3c',
            text: 'For systemic root causes, where does the specific breakdown occur?',
            example:
              'Since District A already has a complete PD cycle in place, it analyzed implementation effectiveness at the district, building, and classroom level. Using walkthrough data, the district identified a breakdown occurring with teachers that had four or more years of experience approximately two weeks after training. In contrast, District A concluded that its induction program, which contained classroom-embedded supports for newer teachers, was increasing PD implementation, and the lack of these supports for more experienced teachers was the breakdown/root cause to target.',
          },
          { id: 'p.step2.3d', number: '3d', text: 'Note that there may be nonsystemic root causes that must be addressed as well.' },
        ],
      },
    ],
  },
  {
    id: 'p.step3',
    number: 3,
    title: 'Define Action Steps',
    items: [
      {
        id: 'p.step3.1',
        number: '1',
        text: 'What knowledge, capacity, systems, and resources already exist to support the strategy, and what is needed in each of these categories?',
        guidance: 'Consider each level of implementation—district, subject, grade band, school, classroom—when planning for high-level action steps.',
      },
      {
        id: 'p.step3.2',
        number: '2',
        text: 'What structures and capacity must be built at each level to ensure success?',
        guidance: 'This may include contracting with experts, providing coaches to targeted schools, strategically partnering high- and low-performing schools, etc.',
      },
      {
        id: 'p.step3.3',
        number: '3',
        text: 'While an action step has only one owner, the LEA should consider who will lead implementation at each level, what knowledge and capacity is currently available, and what additional support will they require.',
      },
      { id: 'p.step3.4', number: '4', text: 'How will the LEA and its buildings regularly monitor implementation effectiveness and course-correct if needed?' },
      { id: 'p.step3.5', number: '5', text: 'What risks and obstacles exist, and how will they be proactively addressed?' },
    ],
  },
  {
    id: 'p.step4',
    number: 4,
    title: 'Prioritize Action Steps',
    items: [
      {
        id: 'p.step4.1',
        number: '1',
        text: 'Does the action step target the root cause?',
        example:
          "If an LEA's root cause of low students with disabilities (SWD) performance is a classroom-level breakdown of co-teaching, then purchasing new Response to Intervention (RTI) programs or contracting training for SWD teachers would not likely provide a good return on investment.",
      },
      {
        id: 'p.step4.2',
        number: '2',
        text: 'Does the action step address systemic root causes of low performance, such as curriculum and assessment quality, implementation fidelity, and/or professional development quality and transfer?',
      },
      { id: 'p.step4.3', number: '3', text: 'What action steps will spread and/or systematize root causes of positive performance?' },
      {
        id: 'p.step4.4',
        number: '4',
        text: 'Has the action step been analyzed for effectiveness, including a cost-benefit analysis? Consider high return on investments, new initiatives, current LEA capacity, and resources.',
      },
      { id: 'p.step4.5', number: '5', text: 'Which of these remaining action steps can be implemented simultaneously with fidelity?' },
      { id: 'p.step4.6', number: '6', text: 'Does the action step build institutional knowledge and leadership capacity, especially to support strategies?' },
      { id: 'p.step4.7', number: '7', text: 'Will the action step increase the scale/fidelity of the strategy?' },
    ],
  },
  {
    id: 'p.step5',
    number: 5,
    title: 'Determine Deliverables',
    items: [
      {
        id: 'p.step5.1',
        number: '1',
        text: 'Deliverables should be concrete and verifiable, providing insight to the quality of implementation.',
        example: 'Common formative assessments are a strong deliverable for a professional learning community (PLC) initiative, but "sign-in" sheets are not.',
      },
      { id: 'p.step5.2', number: '2', text: "What work products will help in the LEA's efforts to monitor progress and quality?" },
      {
        id: 'p.step5.3',
        number: '3',
        text: 'What time frames for deliverables will allow the LEA to identify implementation issues and course-correct in a timely manner that does not jeopardize overall implementation?',
        subItems: [
          {
            id: 'p.step5.3a',
            number: '3a',
            text: 'Considering the workflow of the school year and the strategies to be implemented, what is the best time to start and end each action step?',
          },
          { id: 'p.step5.3b', number: '3b', text: 'Which existing initiatives can be retired or streamlined to create resources for prioritized strategies?' },
          { id: 'p.step5.3c', number: '3c', text: 'Has existing staff capacity, instructional cycles, other events during the school year, etc., been taken into account?' },
        ],
      },
    ],
  },
  {
    id: 'p.step6',
    number: 6,
    title: 'Associate Funding',
    items: [
      { id: 'p.step6.1', number: '1', text: 'How much funding is necessary to implement each action step considering the identified needs?' },
      {
        id: 'p.step6.2',
        number: '2',
        text: 'Are there initiatives currently being funded that do not provide sufficient return on investment that can be retired?',
        example:
          'They are redundant with other activities, have not demonstrated effectiveness, have low-implementation fidelity, require staff time that can be better directed elsewhere, etc.',
      },
    ],
  },
] as const satisfies readonly PlanningStep[]

/** Step 4's seven questions, used as the scoring criteria for candidate action steps. */
export const PRIORITISATION_CRITERIA: readonly PlanningItem[] = PLANNING_STEPS[3].items

/** Every numbered item and lettered sub-item, in reading order. */
export function planningPrompts(): readonly (PlanningItem & { readonly stepId: string })[] {
  return (PLANNING_STEPS as readonly PlanningStep[]).flatMap((s) =>
    s.items.flatMap((i) => [{ ...i, stepId: s.id }, ...(i.subItems ?? []).map((sub) => ({ ...sub, stepId: s.id }))]),
  )
}
