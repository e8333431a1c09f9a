/**
 * Seed 001's reflection questions as a prompt deck: 4 categories → 13 themes → 43 questions, verbatim
 * (including the seed's own slips, e.g. "How does district mobilize community support?").
 * Ids are stable (`r.<category>.<theme>.<n>`). Framed as ideas to consider, not a checklist.
 */
import type { Attribution, CoachingPrompt } from './coaching-prompts'

export const REFLECTION_ATTRIBUTION = {
  title: 'Characteristics of Improved School Districts: Themes from Research — reflection questions',
  source:
    'Shannon, G. S. & Bylsma, P. (2004). Executive Summary. Office of Superintendent of Public Instruction (OSPI), Washington State, Research and Evaluation Office.',
  licence: 'Quoted with attribution; the source presents these as "ideas to consider", not prescriptions.',
} as const satisfies Attribution

export interface ReflectionTheme {
  readonly id: string
  /** 1–13 in the seed's order */
  readonly number: number
  readonly title: string
  readonly questions: readonly CoachingPrompt[]
}
export interface ReflectionCategory {
  readonly id: string
  readonly title: string
  readonly themes: readonly ReflectionTheme[]
}

export const REFLECTION_CATEGORIES = [
  {
    id: 'r.leadership',
    title: 'Effective Leadership',
    themes: [
      {
        id: 'r.leadership.all-students-learning',
        number: 1,
        title: 'Focus on All Students Learning',
        questions: [
          { id: 'r.leadership.all-students-learning.1', text: 'How does a district develop and share its focus on improving student learning?' },
          { id: 'r.leadership.all-students-learning.2', text: 'How does a district know that its focus and mission are shared?' },
        ],
      },
      {
        id: 'r.leadership.distributed-leadership',
        number: 2,
        title: 'Dynamic and Distributed Leadership',
        questions: [
          { id: 'r.leadership.distributed-leadership.1', text: 'What is the central focus of senior administrators and other leaders in the district?' },
          { id: 'r.leadership.distributed-leadership.2', text: 'How do leaders demonstrate their commitment to student learning and improved instruction?' },
          { id: 'r.leadership.distributed-leadership.3', text: 'How do leaders create political will and moral responsibility in districts and communities to take the actions necessary to provide equity and excellence in learning for all students?' },
        ],
      },
      {
        id: 'r.leadership.sustained-improvement',
        number: 3,
        title: 'Sustained Improvement Efforts Over Time',
        questions: [
          { id: 'r.leadership.sustained-improvement.1', text: 'How does the district communicate its commitment to school improvement?' },
          { id: 'r.leadership.sustained-improvement.2', text: 'How does the district demonstrate persistent and continuous improvement?' },
          { id: 'r.leadership.sustained-improvement.3', text: 'How does the district maintain stability of leadership, vision, and concerted improvement efforts in a climate of political and social change?' },
        ],
      },
    ],
  },
  {
    id: 'r.teaching-learning',
    title: 'Quality Teaching and Learning',
    themes: [
      {
        id: 'r.teaching-learning.adult-accountability',
        number: 4,
        title: 'High Expectations and Accountability for Adults',
        questions: [
          { id: 'r.teaching-learning.adult-accountability.1', text: 'How does the district communicate high expectations for adult performance?' },
          { id: 'r.teaching-learning.adult-accountability.2', text: 'What processes are used in the district for accountability and to provide feedback to staff?' },
          { id: 'r.teaching-learning.adult-accountability.3', text: 'How does the district monitor reform and change to maintain pressure for improved learning?' },
        ],
      },
      {
        id: 'r.teaching-learning.curriculum-assessment',
        number: 5,
        title: 'Coordinated and Aligned Curriculum and Assessment',
        questions: [
          { id: 'r.teaching-learning.curriculum-assessment.1', text: 'Are district learning standards aligned with state standards and assessments?' },
          { id: 'r.teaching-learning.curriculum-assessment.2', text: 'Are district policies aligned with curriculum and assessment?' },
          { id: 'r.teaching-learning.curriculum-assessment.3', text: 'What are district processes for coordinating curriculum district-wide?' },
        ],
      },
      {
        id: 'r.teaching-learning.professional-development',
        number: 6,
        title: 'Coordinated and Embedded Professional Development',
        questions: [
          { id: 'r.teaching-learning.professional-development.1', text: 'How does the district build capacity in the district and the school to improve instruction and student learning?' },
          { id: 'r.teaching-learning.professional-development.2', text: 'How does the district reflect research-based professional development practices?' },
          { id: 'r.teaching-learning.professional-development.3', text: 'How does the district ensure coherence across professional development, policies, and teaching and learning practices?' },
        ],
      },
      {
        id: 'r.teaching-learning.classroom-instruction',
        number: 7,
        title: 'Quality Classroom Instruction',
        questions: [
          { id: 'r.teaching-learning.classroom-instruction.1', text: 'What is the district-wide vision for “good” instruction?' },
          { id: 'r.teaching-learning.classroom-instruction.2', text: 'How do teachers develop the knowledge and skills described by the vision?' },
          { id: 'r.teaching-learning.classroom-instruction.3', text: 'How are principles of learning implemented in classrooms?' },
          { id: 'r.teaching-learning.classroom-instruction.4', text: 'What guidance for instruction does the district provide to schools?' },
        ],
      },
    ],
  },
  {
    id: 'r.systemwide',
    title: 'Support for Systemwide Improvement',
    themes: [
      {
        id: 'r.systemwide.use-of-data',
        number: 8,
        title: 'Effective Use of Data',
        questions: [
          { id: 'r.systemwide.use-of-data.1', text: 'How does the district make data available for use in schools?' },
          { id: 'r.systemwide.use-of-data.2', text: 'How are school leaders trained to use multiple measures and analyze data?' },
          { id: 'r.systemwide.use-of-data.3', text: 'How does the district support classroom teachers’ use of data in making instructional decisions about individual students?' },
        ],
      },
      {
        id: 'r.systemwide.resource-allocation',
        number: 9,
        title: 'Strategic Allocation of Resources',
        questions: [
          { id: 'r.systemwide.resource-allocation.1', text: 'How do resource allocations reflect district policies?' },
          { id: 'r.systemwide.resource-allocation.2', text: 'How are human, social, physical, and financial resources developed, managed, and allocated across the district?' },
          { id: 'r.systemwide.resource-allocation.3', text: 'How does the district determine the adequacy of resources needed and provided to improve student learning?' },
          { id: 'r.systemwide.resource-allocation.4', text: 'How does the district ensure equity in allocating resources to close the achievement gap?' },
        ],
      },
      {
        id: 'r.systemwide.policy-coherence',
        number: 10,
        title: 'Policy and Program Coherence',
        questions: [
          { id: 'r.systemwide.policy-coherence.1', text: 'How does the district ensure coherence in policy across district programs and operations?' },
          { id: 'r.systemwide.policy-coherence.2', text: 'How does district policy reflect the goals of equitable and excellent learning?' },
          { id: 'r.systemwide.policy-coherence.3', text: 'How do operational systems in the district reinforce learning goals?' },
        ],
      },
    ],
  },
  {
    id: 'r.relationships',
    title: 'Clear and Collaborative Relationships',
    themes: [
      {
        id: 'r.relationships.professional-culture',
        number: 11,
        title: 'Professional Culture and Collaborative Relationships',
        questions: [
          { id: 'r.relationships.professional-culture.1', text: 'How is the district building a professional culture that supports high standards for students and adults in the system?' },
          { id: 'r.relationships.professional-culture.2', text: 'How does the district build trust, mutual respect, and competence among stakeholders in the system?' },
          { id: 'r.relationships.professional-culture.3', text: 'How does the district provide opportunities for peer support and collaboration and develop professional learning communities?' },
        ],
      },
      {
        id: 'r.relationships.roles-responsibilities',
        number: 12,
        title: 'Clear Understanding of School and District Roles and Responsibilities',
        questions: [
          { id: 'r.relationships.roles-responsibilities.1', text: 'How does the district balance district authority and school autonomy?' },
          { id: 'r.relationships.roles-responsibilities.2', text: 'What are district responsibilities and prerogatives and how are they determined?' },
          { id: 'r.relationships.roles-responsibilities.3', text: 'What are parameters for school-level decision making and how are they determined?' },
          { id: 'r.relationships.roles-responsibilities.4', text: 'How are different roles for central office and schools developed, communicated, and monitored?' },
        ],
      },
      {
        id: 'r.relationships.external-environment',
        number: 13,
        title: 'Interpreting and Managing the External Environment',
        questions: [
          { id: 'r.relationships.external-environment.1', text: 'How does the district interpret state and federal policy to schools and assist with implementation?' },
          { id: 'r.relationships.external-environment.2', text: 'How does the district enlist the involvement and support of all stakeholders including staff members, union leadership, business leaders, families and community in implementing reform initiatives?' },
          { id: 'r.relationships.external-environment.3', text: 'How does district mobilize community support?' },
          { id: 'r.relationships.external-environment.4', text: 'How does the district involve family and community in school district affairs?' },
          { id: 'r.relationships.external-environment.5', text: 'How does the district balance the need to buffer schools from external distractions while opening schools for family and community involvement?' },
        ],
      },
    ],
  },
] as const satisfies readonly ReflectionCategory[]

export function reflectionQuestions(): readonly (CoachingPrompt & { readonly themeId: string; readonly categoryId: string })[] {
  return (REFLECTION_CATEGORIES as readonly ReflectionCategory[]).flatMap((c) =>
    c.themes.flatMap((t) => t.questions.map((q) => ({ ...q, themeId: t.id, categoryId: c.id }))),
  )
}
