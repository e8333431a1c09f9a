/**
 * Tool B of seed 003 (CCSSO, CC BY 4.0) as data: six phases → sub-sections → prompts, verbatim.
 * Grouping bullets ("If a mission exists:") are headers over their prompts, never prompts themselves.
 * Prompt ids are stable (`b.<phase>.<section>.<n>`): pinned/asked marks in `control` refer to them.
 */

/** Shown wherever a deck's text is shown; CC BY requires it, and the other seeds deserve it. */
export interface Attribution {
  readonly title: string
  readonly source: string
  readonly licence: string
}

export const TOOL_B_ATTRIBUTION = {
  title: 'Tool B: Coaching Techniques and Questions',
  source:
    'Layland, A. & Corbett, J. (2017). Utilizing Integrated Resources to Implement the School and District Improvement Cycle and Supports. Council of Chief State School Officers.',
  licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
} as const satisfies Attribution

export interface CoachingPrompt {
  readonly id: string
  readonly text: string
}
export interface PromptGroup {
  readonly id: string
  /** verbatim grouping bullet, e.g. "If goals already exist:" — a header, not a prompt */
  readonly header: string
  readonly prompts: readonly CoachingPrompt[]
}
export type SectionItem = CoachingPrompt | PromptGroup
export interface PromptSection {
  readonly id: string
  /** null where the seed has one unnamed list */
  readonly title: string | null
  readonly items: readonly SectionItem[]
}
export interface ToolBPhase {
  readonly id: string
  /** the seed numbers five phases; "Tell the Story" is unnumbered */
  readonly number: number | null
  readonly heading: string
  readonly title: string
  readonly preparation: string
  readonly sections: readonly PromptSection[]
}

export const isPromptGroup = (item: SectionItem): item is PromptGroup => 'header' in item

export const TOOL_B = [
  {
    id: 'direction',
    number: 1,
    heading: '1. SET THE DIRECTION',
    title: 'Set the Direction',
    preparation:
      'Review what the district or school currently has related to its mission, goals, measures, etc. Is there a current strategic plan in place? Does it include a mission statement and goals? When were the mission and goals created or last reviewed? Who was engaged in the process? Who is included on the school\'s or district\'s leadership team? Does the team include key roles in addition to the superintendent or principal? How often do they meet to discuss the school\'s strategic plan, implementation steps, and monitoring processes? Does each member of the leadership team understand his or her role in the improvement process? Has the importance and urgency of the improvement work been clearly communicated to all staff?',
    sections: [
      {
        id: 'b.direction.vision-mission',
        title: 'Vision/Mission',
        items: [
          { id: 'b.direction.vision-mission.1', text: 'What is the vision for the students, families, and communities served by the school/district?' },
          {
            id: 'b.direction.vision-mission.mission-exists',
            header: 'If a mission exists:',
            prompts: [
              { id: 'b.direction.vision-mission.2', text: 'Does the mission still represent the purpose of the school/district?' },
              { id: 'b.direction.vision-mission.3', text: 'How does the mission describe what the school/district does and for whom?' },
              { id: 'b.direction.vision-mission.4', text: 'How does it relate to the concept of improvement?' },
              { id: 'b.direction.vision-mission.5', text: 'How is it relevant to current and future stakeholders?' },
            ],
          },
          {
            id: 'b.direction.vision-mission.new-mission',
            header: 'If creating a new mission:',
            prompts: [
              { id: 'b.direction.vision-mission.6', text: 'What is the purpose of the school/district (beyond the improvement work)?' },
              { id: 'b.direction.vision-mission.7', text: 'What does the school/district do and for whom?' },
              { id: 'b.direction.vision-mission.8', text: 'How does the mission align with the vision of what is wanted for students, families, and communities?' },
            ],
          },
        ],
      },
      {
        id: 'b.direction.goals',
        title: 'Goals',
        items: [
          { id: 'b.direction.goals.1', text: 'What do the data say about student performance and success?' },
          { id: 'b.direction.goals.2', text: 'What are the aspirations for students in schools/districts?' },
          { id: 'b.direction.goals.3', text: 'What are the top three or four goals for the students (i.e. if we achieved our goal, would every student be successful beyond high school because of his or her educational experience)?' },
          {
            id: 'b.direction.goals.goals-exist',
            header: 'If goals already exist:',
            prompts: [
              { id: 'b.direction.goals.4', text: 'Are the goals student-focused?' },
              { id: 'b.direction.goals.5', text: 'How do they align with aspirations for students?' },
              { id: 'b.direction.goals.6', text: 'How relevant are they given today\'s context? Are they relevant for future students?' },
              { id: 'b.direction.goals.7', text: 'How do the goals apply to all students, particularly those attending schools identified for improvement (i.e. Comprehensive or Targeted Support and Intervention Schools, or other state identifications)?' },
              { id: 'b.direction.goals.8', text: 'What would students or families say about the goals?' },
            ],
          },
        ],
      },
      {
        id: 'b.direction.goal-measures',
        title: 'Goal Measures',
        items: [
          { id: 'b.direction.goal-measures.1', text: 'Does each goal measure include at least one indicator, a data source, baseline data, and targets for at least two years?' },
          { id: 'b.direction.goal-measures.2', text: 'Are there any goals for which there is no measure?' },
          { id: 'b.direction.goal-measures.3', text: 'How do the measures provide information about student progress and school improvement?' },
          { id: 'b.direction.goal-measures.4', text: 'How do the measures inform the school/district about its progress?' },
          { id: 'b.direction.goal-measures.5', text: 'Are the measures reasonable?' },
          { id: 'b.direction.goal-measures.6', text: 'Do they protect the privacy of students and their families?' },
          { id: 'b.direction.goal-measures.7', text: 'If the measure does not exist, can it reasonably be created, collected and analyzed?' },
          { id: 'b.direction.goal-measures.8', text: 'How are targets rigorous yet attainable?' },
          { id: 'b.direction.goal-measures.9', text: 'How might data be shared and used with staff? Students? Families? Districts? Schools? Communities? Other stakeholders?' },
          { id: 'b.direction.goal-measures.10', text: 'How do the goals and goal performance measures align with the school/district\'s mission?' },
          { id: 'b.direction.goal-measures.11', text: 'How do the goals together convey an urgency to improve?' },
        ],
      },
      {
        id: 'b.direction.purpose',
        title: 'Purpose (for SEAs and LEAs)',
        items: [
          { id: 'b.direction.purpose.1', text: 'How does the purpose statement describe the work in which people across the agency would engage to support school improvement?' },
          { id: 'b.direction.purpose.2', text: 'Is the statement written as a Theory of Action? If not, how could it be stated in a way that describes the work (If we...), the anticipated impact or results on LEAs or schools (then LEA or school will...), and (the impact on student performance)?' },
          { id: 'b.direction.purpose.3', text: 'If the LEA or SEA actually did the work, would it result in a change at the LEA or school level, and will that change have a positive effect on student learning?' },
          { id: 'b.direction.purpose.4', text: 'How could the purpose statement be used to convey the importance and urgency of improving low performing schools?' },
        ],
      },
    ],
  },
  {
    id: 'needs',
    number: 2,
    heading: '2. ASSESS NEEDS',
    title: 'Assess Needs',
    preparation:
      'There are many models for conducting a root cause analysis. Two are mentioned in the foundation document: the Fishbone Diagram and the 5Whys. Others possible techniques include Change Analysis, Barrier Analysis, Force Field Analysis, and Kepner-Tregoe Problem Solving and Decision Making. Documents and videos demonstrating how to conduct a root cause analysis using these other techniques are available online. Determine the best method to use within the context of the practice and school or district.',
    sections: [
      {
        id: 'b.needs.main',
        title: null,
        items: [
          { id: 'b.needs.main.1', text: 'Utilize the needs assessment provided by the district or state.' },
          { id: 'b.needs.main.2', text: 'If a needs assessment is not provided, consider using the document Using Needs Assessments for School and District Improvement: A Tactical Guide (Corbett & Redding, 2017) to create, adapt, or review a needs assessment.' },
          { id: 'b.needs.main.3', text: 'If the school/district needs a starting point, the self-reflection tool LEA Self-Assessment to Support School Improvement (Corbett & Layland, 2017), could be used to identify possible areas to focus the needs assessment.' },
          { id: 'b.needs.main.4', text: 'Focus on the Four Domains first: turnaround leadership, talent development, instructional transformation, and culture shift, as these are critical practices based on research that are proven to impact school improvement.' },
          { id: 'b.needs.main.5', text: 'Keep asking “why?” and “what’s the evidence?” to push the team into thinking deeper about causes.' },
          { id: 'b.needs.main.6', text: 'As soon as a cause is identified, ask if it is actionable. This step determines those causes that are beyond the control or influence of the school/district with those that can actually be addressed. Some district-level causes may be actionable, but require the commitment and coordination with district leaders to do so (i.e. changing hiring policies for identified schools, or implementing district-required professional development).' },
          { id: 'b.needs.main.7', text: 'How is the cause identified? What evidence exists? Do the majority of stakeholders agree, including those who are not as verbose? How do we know?' },
          {
            id: 'b.needs.main.root-cause-questions',
            header: 'Root cause questions: Ask questions to move beyond money, time, and blame.',
            prompts: [
              { id: 'b.needs.main.8', text: 'Is this a cause or a symptom?' },
              { id: 'b.needs.main.9', text: 'When a cause is quickly identified, ask “why?” and “where is the evidence?”' },
              { id: 'b.needs.main.10', text: 'Is the cause really at the root of the weakness? If not, dig deeper.' },
              { id: 'b.needs.main.11', text: 'Are there any “elephants in the room” that prevent us from truly identifying the root cause?' },
              { id: 'b.needs.main.12', text: 'Is the cause actionable by the school/district? If not why? Have we really gotten down to the root level?' },
              { id: 'b.needs.main.13', text: 'Is the cause reflective of a lack of effective practices? If so, which ones are lacking?' },
            ],
          },
          { id: 'b.needs.main.14', text: 'What do the results of the needs assessment tell us?' },
          { id: 'b.needs.main.15', text: 'How should the results be prioritized? Which causes are critical to moving us closer to realizing our goals?' },
          { id: 'b.needs.main.16', text: 'How do we share the results of the root cause analysis? Who else needs to be engaged in building a plan to address the needs and causes?' },
        ],
      },
    ],
  },
  {
    id: 'plan',
    number: 3,
    heading: '3. CREATE A PLAN',
    title: 'Create a Plan',
    preparation:
      'Review the domains and effective practices in Four Domains of Rapid School Improvement (The Center on School Turnaround, 2017) and any focus areas the school/district should include. Practice creating a strategy and identifying possible measures to monitor that strategy.',
    sections: [
      {
        id: 'b.plan.main',
        title: null,
        items: [
          { id: 'b.plan.main.1', text: 'How does the needs assessment data inform the selection of effective practices?' },
          { id: 'b.plan.main.2', text: 'What are some possible practices that could address the identified actionable causes?' },
          { id: 'b.plan.main.3', text: 'Which of the possible practices align to the Four Domains?' },
          { id: 'b.plan.main.4', text: 'Are there effective practices currently being implemented? Are we seeing intended results? How do we know?' },
          { id: 'b.plan.main.5', text: 'If current practices are working, how do they support the goals? Should they be continued?' },
          { id: 'b.plan.main.6', text: 'If current practices are not working, how do we discontinue the practice in an effective way?' },
          { id: 'b.plan.main.7', text: 'Have we identified possible practices that go beyond what we are currently doing? How do they represent innovative thinking?' },
          { id: 'b.plan.main.8', text: 'What are the minimum conditions that need to be in place for the school/district to implement each effective practice?' },
          { id: 'b.plan.main.9', text: 'Are the minimum conditions in place or can they be reasonably met? If not, what are the consequences? Are there alternative practices that can lead to strategy implementation?' },
          { id: 'b.plan.main.10', text: 'Explain why the effective practice was selected and what the expected impact is? How does it support moving the school/district closer to realizing its goals?' },
          { id: 'b.plan.main.11', text: 'What is the evidence behind the practice?' },
          { id: 'b.plan.main.12', text: 'How can the practice and impacts be written as a Theory of Action?' },
          { id: 'b.plan.main.13', text: 'How will we know that each effective practice is making an impact? In other words, how do we measure the change in the school/district based on implementing the effective practice? If it cannot be measured that the strategy needs to be revised.' },
          { id: 'b.plan.main.14', text: 'How will we know if there is a positive return on investment by implementing the strategy?' },
          { id: 'b.plan.main.15', text: 'How do the milestones support the implementation of strategies?' },
          { id: 'b.plan.main.16', text: 'Is there a timeline for each milestone?' },
          { id: 'b.plan.main.17', text: 'What are the specific actions and timeline for completing each milestone?' },
          { id: 'b.plan.main.18', text: 'What resources, including budget and people, are needed to complete each action?' },
          { id: 'b.plan.main.19', text: 'What team, office, or division is leading the efforts and reporting progress on each milestone and related actions?' },
          { id: 'b.plan.main.20', text: 'What competencies (knowledge, skills, and talents) are needed to complete actions and milestones? How are the competencies represented through the people assigned to carry out the work?' },
          { id: 'b.plan.main.21', text: 'What support (e.g. people, skills, programs, vendors, funds) is needed to get the work started?' },
          { id: 'b.plan.main.22', text: 'For a state education agency or a district, how will supports be provided to meet the needs of each district or school as they implement their plans?' },
          { id: 'b.plan.main.23', text: 'How will the duration, frequency, methodology, and resources be modified to differentiate supports?' },
          { id: 'b.plan.main.24', text: 'Reflecting on the plan in its entirety, if we implement this plan as intended, will we get our desired results?' },
          { id: 'b.plan.main.25', text: 'Does the district\'s plan reflect its role in providing supports to schools? Does the SEA\'s plan reflect its role in providing support to districts?' },
        ],
      },
    ],
  },
  {
    id: 'implement',
    number: 4,
    heading: '4. IMPLEMENT THE PLAN',
    title: 'Implement the Plan',
    preparation:
      'Review the plan and each team member\'s assignments. Review timelines, paying particular attention to the sequence of actions and milestones. Review resources and budgets and any necessary supports that may have been identified. The implementation discussions focus on both the work itself and the processes to support the work, including communications and collaboration.',
    sections: [
      {
        id: 'b.implement.general',
        title: null,
        items: [
          { id: 'b.implement.general.1', text: 'How are people made aware of the actions and milestones assigned to them?' },
          { id: 'b.implement.general.2', text: 'How are needed resources and supports being secured for the initial work?' },
          { id: 'b.implement.general.3', text: 'How does the schedule support the work?' },
        ],
      },
      {
        id: 'b.implement.communication',
        title: 'Communication',
        items: [
          { id: 'b.implement.communication.1', text: 'How is work and progress communicated to all staff throughout the school/district?' },
          { id: 'b.implement.communication.2', text: 'How are timelines discussed so that relationships among actions and milestones are clearly communicated?' },
          { id: 'b.implement.communication.3', text: 'What actions need to be completed first so others may begin?' },
          { id: 'b.implement.communication.4', text: 'How are deliverables provided to others who may need them for later actionable items?' },
          { id: 'b.implement.communication.5', text: 'How are staff assignments communicated?' },
          { id: 'b.implement.communication.6', text: 'When people are needed from specific departments, how are the leaders of those offices or departments notified? Are collaborators identified based on need and competencies?' },
        ],
      },
      {
        id: 'b.implement.collaboration',
        title: 'Collaboration',
        items: [
          { id: 'b.implement.collaboration.1', text: 'What are the expectations related to collaboration? How are these communicated to staff?' },
          { id: 'b.implement.collaboration.2', text: 'How does the culture of the school/district support or hinder collaboration?' },
          { id: 'b.implement.collaboration.3', text: 'Is there a clear understanding of what collaboration means, and what it doesn\'t mean?' },
          { id: 'b.implement.collaboration.4', text: 'How can staff build a shared understanding of collaboration?' },
          { id: 'b.implement.collaboration.5', text: 'Who makes decisions related to collaboration? How do leadership and staff know when collaboration is needed and when it may hinder progress?' },
          { id: 'b.implement.collaboration.6', text: 'Which existing processes and routines support collaboration? Are they effective?' },
          { id: 'b.implement.collaboration.7', text: 'What are the barriers or challenges to collaboration and how are they being addressed?' },
          { id: 'b.implement.collaboration.8', text: 'Is there a clear process in place to address collaboration issues that arise?' },
        ],
      },
    ],
  },
  {
    id: 'monitor',
    number: 5,
    heading: '5. MONITOR WORK AND MAKE ADJUSTMENTS',
    title: 'Monitor Work and Make Adjustments',
    preparation:
      'Review plans and determine if any common domain-based practices are identified or coded. Review reported progress data along with planned timelines and anticipated impact and results. Note any concerns or irregularities.',
    sections: [
      {
        id: 'b.monitor.main',
        title: null,
        items: [
          { id: 'b.monitor.main.1', text: 'Tell me about the progress that has been made over the last week, month, quarter or year. Describe the successes as well as the challenges.' },
          { id: 'b.monitor.main.2', text: 'What actions or milestones have been completed and how do we know?' },
          { id: 'b.monitor.main.3', text: 'What led to the completion of these actions or milestones? What supported the progress and success?' },
          { id: 'b.monitor.main.4', text: 'How often is progress reported and reviewed? Who is at the table for the discussions? Is this often enough to determine if adequate progress is being made to meet timelines? If not, how can the reviews and discussions occur more frequently?' },
          { id: 'b.monitor.main.5', text: 'Who communicates with key school/district personnel and how often?' },
          { id: 'b.monitor.main.6', text: 'What and how are data used to report progress and to identify needed adjustments or supports?' },
          { id: 'b.monitor.main.7', text: 'How are decisions made about adjustments or supports? How are they communicated to others?' },
          { id: 'b.monitor.main.8', text: 'How does the leadership team know if the adjustments or supports had a positive impact on progress?' },
          { id: 'b.monitor.main.9', text: 'What actions and milestones are behind schedule? Why? What steps are being taken to get these actions back on track, or does the schedule require adjustment?' },
          { id: 'b.monitor.main.10', text: 'What has been the impact of the completed work? How can we measure this impact?' },
          { id: 'b.monitor.main.11', text: 'Is the work leading to the results we anticipated? Why or why not? What changes need to be made to get the desired results?' },
          { id: 'b.monitor.main.12', text: 'What supports were provided by the SEA or LEA to assist implementation? Were the supports responsive to implementation and progress needs? Were they effective in addressing the needs? How do we know?' },
          { id: 'b.monitor.main.13', text: 'What lessons have been learned thus far? How can the learning be used to improve implementation and results?' },
        ],
      },
    ],
  },
  {
    id: 'story',
    number: null,
    heading: 'TELL THE STORY',
    title: 'Tell the Story',
    preparation:
      'Review any previous reports on plan implementation and results. Determine if routines are in place to create and disseminate annual progress and accomplishments to internal and external stakeholders.',
    sections: [
      {
        id: 'b.story.main',
        title: null,
        items: [
          { id: 'b.story.main.1', text: 'Is there a communications office or staff responsible for such reporting?' },
          { id: 'b.story.main.2', text: 'What is the story to tell?' },
          { id: 'b.story.main.3', text: 'How are progress and results reviewed annually?' },
          { id: 'b.story.main.4', text: 'How is this communicated to the SEA? LEA? Staff? Families? Community members? Partners?' },
          { id: 'b.story.main.5', text: 'Who is the audience? What is the most effective way to communicate the story to each audience?' },
          { id: 'b.story.main.6', text: 'How is the story used to inform changes to the improvement plan, including additional strategies, milestones, and actions to continue the improvement work next year?' },
          { id: 'b.story.main.7', text: 'How do we make decisions related to needed changes?' },
          { id: 'b.story.main.8', text: 'Are there any gaps in processes and procedures that need to be filled as the work continues?' },
          { id: 'b.story.main.9', text: 'How can discussions on improving the strategic performance network take place between the state and districts, and between the district and schools?' },
        ],
      },
    ],
  },
] as const satisfies readonly ToolBPhase[]

export type ToolBPhaseId = (typeof TOOL_B)[number]['id']

/** A prompt with the headings it sits under, for panels that list prompts flat. */
export interface PlacedPrompt extends CoachingPrompt {
  readonly phaseId: ToolBPhaseId
  readonly sectionId: string
  readonly group: string | null
}

export function toolBPrompts(phaseId?: ToolBPhaseId): readonly PlacedPrompt[] {
  const out: PlacedPrompt[] = []
  for (const phase of TOOL_B as readonly (ToolBPhase & { id: ToolBPhaseId })[]) {
    if (phaseId !== undefined && phase.id !== phaseId) continue
    for (const section of phase.sections)
      for (const item of section.items) {
        const group = isPromptGroup(item) ? item.header : null
        const prompts = isPromptGroup(item) ? item.prompts : [item]
        for (const p of prompts) out.push({ ...p, phaseId: phase.id, sectionId: section.id, group })
      }
  }
  return out
}
