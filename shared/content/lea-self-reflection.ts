/**
 * Tool C of CCSSO's guidance (seed 003) as data: the LEA Self-Reflection to Support School
 * Improvement — 4 domains, 12 practices, 37 elements, 4 cumulative levels. Display `text`; `raw` is
 * the seed cell verbatim wherever we corrected it (see the digest's §2.4 cleanup list).
 */
import type { Rubric } from './rubric-model'

/** CC BY 4.0 requires credit, a licence link and a note that the text was changed; show this with the rubric. */
export const LEA_SELF_REFLECTION_ATTRIBUTION =
  'Adapted from Tool C, "LEA Self-Reflection to Support School Improvement", in Layland, A. & Corbett, J. (2017). ' +
  'Utilizing integrated resources to implement the school and district improvement cycle and supports: Guidance ' +
  'for schools, districts and state education agencies. Washington DC: The Council of Chief State School Officers. ' +
  '© 2017 CCSSO, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). ' +
  'Changes: transcription errors corrected; short element titles added.'

export const LEA_LEVELS = [
  { id: 'low', label: 'Consistently Low Performance' },
  { id: 'basic', label: 'Basic Performance' },
  { id: 'moderate', label: 'Moderate Performance' },
  { id: 'high', label: 'Consistently High Performance' },
] as const

export const LEA_SELF_REFLECTION = {
  id: 'lea-self-reflection',
  title: 'LEA Self-Reflection to Support School Improvement',
  source: {
    citation:
      'Layland, A. & Corbett, J. (2017). Utilizing integrated resources to implement the school and district ' +
      'improvement cycle and supports: Guidance for schools, districts and state education agencies. ' +
      'Washington DC: The Council of Chief State School Officers.',
    license: 'CC BY 4.0',
    licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
    attribution: LEA_SELF_REFLECTION_ATTRIBUTION,
  },
  levels: LEA_LEVELS,
  cumulative: true,
  evidenceLabel: 'Evidence',
  notes: [
    'The self-reflection is NOT a needs assessment; it could be included as one piece of a more comprehensive needs assessment.',
    'Additional elements that might be useful to include in an LEA self-assessment include local school board effectiveness or the use of external vendors.',
  ],
  domains: [
    {
      id: '1',
      number: 1,
      title: { text: 'Leadership', raw: '1. LEADERSHIP' },
      strengthsWeaknesses: { text: 'Strengths and Weaknesses in Leadership', raw: '<p>Strengths and Weaknesses in Leadership</p>' },
      practices: [
        {
          id: '1a',
          title: { text: 'Prioritize improvement and communicate urgency', raw: '1.a. Prioritize improvement and communicate urgency' },
          elements: [
            {
              id: '1a1',
              shortTitle: 'Communicate urgency of school improvement',
              statement: { text: 'LEA leadership communicates the urgency of school improvement and assists personnel in connecting their work to supporting school improvement.' },
              levels: [
                { text: 'LEA leadership communicates about schools being identified as a Targeted or Comprehensive Support and Improvement school, or other state-identified determination.' },
                { text: 'And communicates the urgency of school improvement.' },
                { text: 'And engages LEA personnel in connecting their work to supporting school improvement.' },
                { text: 'And includes school and LEA improvement as a key topic of every meeting linking a sense of urgency with current and future work of all personnel, students, families and the community.', raw: 'And includes school and LEA improvement a key topic of every meeting linking a sense of urgency with current and future work of all personnel, students, families and the community.' },
              ],
            },
            {
              id: '1a2',
              shortTitle: 'Collaborative, representative leadership team',
              statement: { text: 'A collaborative leadership team representative of key roles across the agency is established.' },
              levels: [
                { text: 'LEA leadership team is comprised of a superintendent and deputy superintendent.' },
                { text: 'And has representatives from key roles across the LEA.' },
                { text: 'And has ongoing meetings with norms and processes to foster collaboration and clear decision-making.' },
                { text: 'And monitors progress and makes timely adjustments as needed to address LEA and school improvement.' },
              ],
            },
            {
              id: '1a3',
              shortTitle: 'Set overall strategic direction (vision, mission, goals, measures)',
              statement: { text: 'The LEA sets the overall strategic direction of the LEA (vision, mission, student focused goals, and goal performance measures) to guide improvement work.' },
              levels: [
                { text: 'The LEA leadership team sets a direction with a stated vision and mission.' },
                { text: 'And includes student-focused goals and goal measures that are relevant to school improvement.', raw: 'And includes student-that includes focused goals and goal measures that are relevant to school improvement.' },
                { text: "And team members know and can articulate the LEA's direction and how their work supports the direction.", raw: "And ensure personnel And, team members know and can articulate the LEA's direction and how their work supports the direction." },
                { text: 'And the direction acts as a filter for all projects, initiatives, and programs to address LEA and school improvement.', raw: 'And uses the direction And, the direction acts as a filter for all projects, initiatives, and programs to address LEA and school improvement.' },
              ],
            },
            {
              id: '1a4',
              shortTitle: 'Needs assessment across the Four Domains',
              statement: { text: 'The LEA has conducted a needs assessment in specific areas related to school improvement including leadership, talent development, instructional transformation and culture (i.e. Four Domains of Rapid School Improvement).', raw: '1a4. The LEA has conducted a needs assessment in specific areas related to school improvement including leadership, talent development, instructional transformation and culture (i.e. <i>Four Domains of Rapid School Improvement</i>).' },
              levels: [
                { text: 'The LEA leadership team completes a needs assessment.' },
                { text: 'And utilizes both qualitative and quantitative data.', raw: 'And utilizes both qualitative and qualitative data.' },
                { text: 'And uses root cause analysis to identify strengths and weaknesses related to the Four Domains of Rapid School Improvement: leadership, talent development, instructional transformation, and culture.', raw: 'And uses root cause analysis to identify strengths and weakness related to the <i>Four Domains of School Improvement</i> : leadership, talent development, instructional transformation, and culture.' },
                { text: 'And includes a root cause analysis to identify the underlying actionable cause(s) of each weakness.' },
              ],
            },
            {
              id: '1a5',
              shortTitle: 'Policies, structures & expectations support improvement',
              statement: { text: 'Policies, structures and expectations are in place to support the school improvement.' },
              levels: [
                { text: 'Policies, structures and clear expectations are in place.' },
                { text: 'And support school improvement.' },
                { text: 'And a collaborative team oversees policy development, structures and access to school improvement data.', raw: 'And a collaborative team oversees policy development, structures and access to, school improvement data.' },
                { text: 'And the team provides support in analysis and use of data to identify and make adjustments in school improvement plans.' },
              ],
            },
          ],
        },
        {
          id: '1b',
          title: { text: 'Monitor short- and long-term goals', raw: '1b. Monitor short-and long-term goals' },
          elements: [
            {
              id: '1b1',
              shortTitle: 'Strategies based on root cause analysis',
              statement: { text: 'Strategies (effective practices) for school improvement have been created based on root cause analysis of data.', raw: '1b1.Strategies (effective practices) for school improvement have been created based on root cause analysis of data.' },
              levels: [
                { text: 'Strategies are identified.' },
                { text: 'And represent effective practices from the Four Domains of Rapid School Improvement.', raw: 'And represent effective practices from the <i>Four Domains of School Improvement</i> .' },
                { text: 'And each strategy is written as a theory of action (If we...then...and...) to express what the LEA will do, the anticipated impact on schools, and result on student-focused goals.' },
                { text: 'And include strategy measures to measure the impact of LEA work (the then part of the strategy).' },
              ],
            },
            {
              id: '1b2',
              shortTitle: 'Milestones (and actions) to implement strategies',
              statement: { text: 'Milestones to implement and gauge progress on strategies have been created.' },
              levels: [
                { text: 'Milestones are developed.' },
                { text: 'And represent steps needed to implement the effective practices (strategies) to support school improvement.' },
                { text: 'And include actions to complete each milestone.' },
                { text: 'And actions include timelines, outputs, resources, responsible staff and collaborators.', raw: 'And actions include timelines, outputs resources, responsible staff and collaborators.' },
              ],
            },
            {
              id: '1b3',
              shortTitle: 'Monitor school plans & adjust to stay on track',
              statement: { text: 'The LEA monitors implementation of the school improvement plans and makes adjustments in personnel, programs, policies, and methods as needed to keep the effort on track.', raw: '1b3. The LEA monitors implementation of the school improvement plans and make adjustments in personnel, programs, policies, and methods as needed to keep the effort on track.' },
              levels: [
                { text: 'School improvement plans are reviewed.' },
                { text: 'And common elements are identified or coded based on domains and effective practices.' },
                { text: 'And implementation data are used to make timely adjustments in personnel, programs, policies, and methods to keep progress on track.' },
                { text: 'And inform when swift interventions need to be made to address waning progress.' },
              ],
            },
          ],
        },
        {
          id: '1c',
          title: { text: 'Customize and target supports to meet needs' },
          elements: [
            {
              id: '1c1',
              shortTitle: 'Defined, differentiated system of support',
              statement: { text: 'The LEA has a defined differentiated system of support to address school improvement needs.' },
              levels: [
                { text: 'A system of support is in place.' },
                { text: 'And reflects effective practices to support school improvement.', raw: 'And reflects effective practices to support school improve.' },
                { text: "And includes differentiation in methodology, frequency, duration, and resources to address each school's improvement needs." },
                { text: 'And includes reviewing implementation data in response to supports, so needed adjustments can be made.' },
              ],
            },
            {
              id: '1c2',
              shortTitle: 'School autonomy to reallocate resources',
              statement: { text: 'The LEA grants school leaders reasonable autonomy to reallocate resources (e.g., personnel, funding, schedule) to address school priorities.' },
              levels: [
                { text: 'Clear expectations and procedures to allocate resources are in place.' },
                { text: 'And include a decision-making process to make resource allocation decisions.', raw: 'And include a decision-making process to make resource allocation decision.' },
                { text: 'And grants leaders in improvement schools reasonable autonomy to reallocate resources (e.g., personnel, funding, schedule) to address improvement priorities.' },
                { text: 'And includes examining the effectiveness of reallocations so timely needed adjustments can be made.' },
              ],
            },
            {
              id: '1c3',
              shortTitle: 'School autonomy to make decisions',
              statement: { text: 'The LEA grants school leaders reasonable autonomy to make decisions to address school priorities.', raw: '<p>1c3.The LEA grants school leaders reasonable autonomy to make decisions to address school priorities.</p>' },
              levels: [
                { text: 'LEA leadership communicates the importance of setting school priorities for improvement.', raw: '<p>LEA leadership communicates the importance of setting school priorities for improvement.</p>' },
                { text: 'And grants school leaders reasonable autonomy to make decisions to address school priorities for improvement.', raw: '<p>And grants school leaders reasonable autonomy to make decisions to address school priorities for improvement.</p>' },
                { text: 'And provides additional flexibility for school leaders to decide on a few strategic priorities that could be early "wins".', raw: '<p>And provides additional flexibility for school leaders to decide on a few strategic priorities that could be early "wins".</p>' },
                { text: 'And includes examining the effectiveness of the decisions in improving school performance, so timely needed adjustments can be made.', raw: '<p>And includes examining the effectiveness of the decisions in improving school performance, so timely needed adjustments can be made.</p>' },
              ],
            },
          ],
        },
      ],
    },
    {
      id: '2',
      number: 2,
      title: { text: 'Talent Development', raw: 'TALENT DEVELOPMENT' },
      strengthsWeaknesses: { text: 'Strengths and Weaknesses in Talent Development', raw: '<p>Strengths and Weaknesses in Talent Development</p>' },
      practices: [
        {
          id: '2a',
          title: { text: 'Recruit, develop, retain, & sustain talent' },
          elements: [
            {
              id: '2a1',
              shortTitle: 'Transparent talent system (recruit, evaluate, reward, replace)',
              statement: { text: 'The LEA operates with a transparent system of procedures and protocols for recruiting, evaluating, rewarding, and replacing talent, so it has the capacity to carry out its mission.' },
              levels: [
                { text: 'There are recruitment and evaluation procedures in place.', raw: 'There are recruitment and evaluation, procedures in place.' },
                { text: 'And differentiated rewards to support excellence.' },
                { text: 'And procedures and protocols are part of a system for recruiting, evaluating, rewarding, and replacing talent based on needs.' },
                { text: 'And includes a level of transparency and access to data to address talent needs for school improvement.' },
              ],
            },
            {
              id: '2a2',
              shortTitle: 'Collaborative recruiting & matching of principals/teachers',
              statement: { text: 'The LEA, schools and communities work collaboratively to recruit, retain and match highly effective principals and teachers to schools based on need.' },
              levels: [
                { text: 'The LEA oversees the recruitment and retention of principals and teachers.' },
                { text: 'And matches principals and teachers to schools based on need.' },
                { text: 'And collaborates with schools and communities in matching highly effective principals and teachers to school improvement needs.' },
                { text: 'And provides timely access to data to make needed changes, so staff has the competencies to carry out their role in school improvement.' },
              ],
            },
            {
              id: '2a3',
              shortTitle: 'Induction program for new teachers & leaders',
              statement: { text: 'The LEA and schools work collaboratively to implement an induction program to support new teachers and leaders in their first years of teaching and leading.' },
              levels: [
                { text: 'An orientation is provided to new employees.' },
                { text: 'And a teacher and principal induction program is in place.' },
                { text: 'And includes collaboration with schools and other stakeholders to implement and periodically review the induction program.' },
                { text: 'And includes differentiated support for new teachers and leaders in their first years of teaching and leading at schools in improvement.' },
              ],
            },
          ],
        },
        {
          id: '2b',
          title: { text: 'Target professional learning opportunities' },
          elements: [
            {
              id: '2b1',
              shortTitle: 'Professional learning standards/criteria',
              statement: { text: 'The LEA has adopted or created professional learning standards or criteria to ensure professional learning is of high quality and is provided consistently.' },
              levels: [
                { text: 'Professional learning standards are in place.' },
                { text: 'And personnel understand, can articulate, and can relate the standards to school improvement.' },
                { text: 'And the standards are consistently used to provide high quality professional learning on effective practices for school improvement by LEA staff.' },
                { text: 'And staff support schools in using professional learning standards to select and provide high quality, relevant professional learning to school staff.' },
              ],
            },
            {
              id: '2b2',
              shortTitle: 'Align professional learning to identified needs',
              statement: { text: 'The LEA aligns professional learning with identified needs, based on personnel evaluation, school performance, and student performance.' },
              levels: [
                { text: 'Professional learning is based on overall LEA needs.' },
                { text: 'And personnel evaluation data are used to match professional learning to personnel needs.' },
                { text: 'And school and student performance data are used to match professional learning to school needs.' },
                { text: 'And is prioritized based on school improvement needs.' },
              ],
            },
            {
              id: '2b3',
              shortTitle: 'Support differentiated professional learning in schools',
              statement: { text: 'The LEA supports schools in providing professional learning that is appropriate for individual teachers and personnel with different experience and expertise.' },
              levels: [
                { text: 'School improvement plans are reviewed to ensure that professional learning actions are tied to needs.' },
                { text: 'And feedback is provided to schools to improve the quality of professional learning actions in their plans.' },
                { text: 'And supports are provided to help schools differentiate professional learning based on the experience and expertise of individual teachers and personnel.' },
                { text: 'And include supports to effectively evaluate the effectiveness of professional learning.' },
              ],
            },
          ],
        },
        {
          id: '2c',
          title: { text: 'Set clear performance expectations' },
          elements: [
            {
              id: '2c1',
              shortTitle: 'Clear personnel performance goals tied to evaluation',
              statement: { text: 'The LEA leadership team communicates clear goals for personnel performance aligned with the established evaluation system.' },
              levels: [
                { text: 'An established evaluation system is in place and shared with all employees.' },
                { text: 'And the system is used consistently by all to support personnel performance goals.', raw: 'And the system is used consistently by all to support personnel performance goals' },
                { text: 'And support is provided to identified schools to effectively utilize the system to address employee issues.', raw: 'And support is provided to identify schools to effectively utilize the system to address employee issues.' },
                { text: 'And support is provided to hold leadership and staff accountable for meeting personnel performance goals.' },
              ],
            },
            {
              id: '2c2',
              shortTitle: 'Clear expectations for school performance & improvement',
              statement: { text: 'The LEA leadership team communicates clear expectations for school performance and improvement so students get the best education possible.' },
              levels: [
                { text: 'There are clear expectations for school performance and improvement so students receive the best education possible.' },
                { text: 'And all personnel know and can articulate the expectations for school performance and improvement.' },
                { text: 'And LEA leaders communicate clear expectations for school performance and improvement to schools and communities.' },
                { text: 'And LEA leaders continuously review and revise school improvement communications to better reflect the expectations as needed.' },
              ],
            },
            {
              id: '2c3',
              shortTitle: 'Swift exits of underperforming personnel',
              statement: { text: 'The LEA and school leadership work collaboratively to facilitate swift exits of underperforming personnel to minimize further damage.' },
              levels: [
                { text: 'Procedures exist for corrective action for underperforming personnel.' },
                { text: 'And include actions to address consistently low performing personnel in low performing schools.' },
                { text: 'And includes collaboration with school leadership to facilitate swift exits of underperforming personnel to minimize further damage.', raw: 'And includes collaboration with school leadership work to facilitate swift exits of underperforming personnel to minimize further damage.' },
                { text: 'And includes steps to quickly replace the exited personnel with effective staff to minimize further damage.' },
              ],
            },
          ],
        },
      ],
    },
    {
      id: '3',
      number: 3,
      title: { text: 'Instructional Transformation', raw: '2. INSTRUCTIONAL TRANSFORMATION' },
      strengthsWeaknesses: { text: 'Strengths and Weaknesses in Instructional Transformation' },
      practices: [
        {
          id: '3a',
          title: { text: 'Diagnose and respond to student learning needs' },
          elements: [
            {
              id: '3a1',
              shortTitle: 'Protocols for individual student needs & action plans',
              statement: { text: 'The LEA provides protocols to assist teachers to drill down on individual student needs and create instructional action plans aligned to those needs.', raw: '3a1. The LEA provides protocols to assist teachers drill down on individual student needs and create instructional action plans aligned to those needs.' },
              levels: [
                { text: 'Protocols and procedures to drill down on individual student needs are in place.' },
                { text: 'And include samples to create instructional action plans aligned to individual student needs.' },
                { text: 'And include professional learning on the use of protocols to create instructional action plans to address individual student needs.' },
                { text: 'And needed adjustments are made to the protocols and procedures based on evaluation data.', raw: 'And include needed adjustments are made to the protocols and procedures based on evaluation data.' },
              ],
            },
            {
              id: '3a2',
              shortTitle: 'Flexible, creative use of instructional time',
              statement: { text: 'The LEA provides flexibility and supports in creatively using instructional time to meet the learning needs of students.' },
              levels: [
                { text: 'Creative ways to extend instructional learning time to address student learning needs are actively explored.', raw: 'Creative ways to extend instructional learning time to address student learning needs is actively explored.' },
                { text: 'And policies or procedures are revised to support schools in creatively extending and maximizing instructional time to address student learning needs.', raw: 'And policies or procedures are revised to support schools in creatively extending and maximize instructional time to address student learning needs.' },
                { text: 'And guidance on effectively providing high quality instruction during extended learning time to address student learning needs is provided.', raw: 'And guidance on effectively providing high quality instruction during extended learning time to address student learning needs is provided' },
                { text: 'And schools are held accountable for providing high quality instruction during the extended learning times.' },
              ],
            },
            {
              id: '3a3',
              shortTitle: 'Data access for student progress monitoring',
              statement: { text: 'The LEA provides access to data sources for teachers to be able to conduct student progress monitoring of student outcomes.' },
              levels: [
                { text: 'LEA data procedures are in place to gather data on student outcomes.', raw: 'LEA data procedures are in place to gather data student outcomes.' },
                { text: 'And includes school access to the data.' },
                { text: 'And includes guidance on using data to conduct progress monitoring of student performance.' },
                { text: 'And includes resources to assist students and families in understanding progress monitoring of student performance.' },
              ],
            },
          ],
        },
        {
          id: '3b',
          title: { text: 'Provide rigorous evidence-based instruction' },
          elements: [
            {
              id: '3b1',
              shortTitle: 'High standards & rigorous standards-based curricula',
              statement: { text: 'The LEA has set high academic standards and ensures access to rigorous standards-based curricula.' },
              levels: [
                { text: 'Standards and assessments have been adopted.' },
                { text: 'And curriculum and instruction are aligned with standards to support rigorous learning.' },
                { text: 'And guidance on using a variety of instructional modes to meet the student needs based on formative assessment data is provided.' },
                { text: 'And instructional meetings are conducted to review instructional practices and gather feedback to better use the guidance and sample lessons.' },
              ],
            },
            {
              id: '3b2',
              shortTitle: 'Evidence-based programs/interventions with fidelity',
              statement: { text: 'The LEA assists schools in selecting and implementing evidence-based programs and interventions with fidelity to address student needs and eliminate those that are not.' },
              levels: [
                { text: 'School improvement plans are reviewed at the LEA level for compliance related to evidence-based programs and interventions.' },
                { text: 'And timely feedback is provided to schools on the selection of evidence-based programs and interventions in school improvement plans.', raw: 'And timely feedback is provided to schools to the selection of evidence-based programs and interventions in school improvement plans.' },
                { text: 'And support and resources on effectively using fidelity checks of selected programs and interventions are provided.' },
                { text: 'And includes assisting schools in evaluating the implementation and effectiveness of programs and interventions.' },
              ],
            },
            {
              id: '3b3',
              shortTitle: 'Plans to close curriculum/instructional-delivery gaps',
              statement: { text: 'As gaps are identified in the curriculum or instructional delivery, the LEA develops plans to strengthen curriculum and instructional delivery.' },
              levels: [
                { text: 'A process to review curriculum and instructional delivery to identify gaps is in place.' },
                { text: 'And includes creating and implementing actions to address the gaps.' },
                { text: 'And includes assisting schools in identifying gaps in the use of the curriculum or instructional delivery in daily teaching.' },
                { text: 'And includes building school capacity to regularly monitor and make adjustments to actions to address gaps.', raw: 'And includes building school capacity to regularly monitor and make adjustments to actions to address gaps are completed.' },
              ],
            },
          ],
        },
        {
          id: '3c',
          title: { text: 'Remove barriers and provide opportunities' },
          elements: [
            {
              id: '3c1',
              shortTitle: 'Remove barriers; enhanced learning for early mastery',
              statement: { text: 'Systematically identify barriers to student learning and opportunities to enhance learning for students who demonstrate early mastery.' },
              levels: [
                { text: 'Policies and practices are reviewed to identify artificial and non-academic barriers to student learning and enhanced learning opportunities.' },
                { text: 'And actions to remove barriers to student learning and to enhance learning opportunities within its control are implemented.', raw: 'And actions to remove barriers to student learning and opportunities to enhance learning opportunities within its control are implemented.' },
                { text: 'And partnerships with other organizations, including businesses, are established to increase enhanced learning opportunities for students who demonstrate early mastery.' },
                { text: 'And supports are provided to schools on creating and utilizing the partnerships to provide enhanced learning opportunities for students who demonstrate early mastery.' },
              ],
            },
            {
              id: '3c2',
              shortTitle: 'Community partnerships to overcome obstacles',
              statement: { text: 'Partner with community-based organizations, such as health and wellness organizations, youth organizations, and other service providers, to support students in overcoming obstacles and developing the personal competencies that propel success in school and life.' },
              levels: [
                { text: 'Obstacles to students developing personal competencies that propel success in school and life are identified in collaboration with identified schools.' },
                { text: 'And community-based organizations, such as health and wellness organizations, youth organizations, and other service providers are identified to support students in overcoming obstacles.' },
                { text: 'And partnerships with the identified community-based organizations are established.' },
                { text: 'And support is provided to schools for creating and utilizing the partnerships to support students in overcoming obstacles and developing personal competencies for success.', raw: 'And support is provided to schools for creating and utilizing the partnerships to support students in overcoming obstacles and developing and developing personal competencies for success.' },
              ],
            },
          ],
        },
      ],
    },
    {
      id: '4',
      number: 4,
      title: { text: 'Culture Shift', raw: '3. CULTURE SHIFT' },
      strengthsWeaknesses: { text: 'Strengths and Weaknesses in Culture' },
      practices: [
        {
          id: '4a',
          title: { text: 'Build strong community intensely focused on student learning' },
          elements: [
            {
              id: '4a1',
              shortTitle: 'Candid, supportive two-way conversations with families',
              statement: { text: 'Ongoing conversations between LEA and school personnel and families are candid, supportive, and flow in both directions.' },
              levels: [
                { text: 'Avenues for two-way communication between LEA and school personnel and families are in place.' },
                { text: 'And include ongoing communication between LEA, school personnel and families.' },
                { text: 'And such communication is specific, candid and supportive of identified schools, their students, and their families.', raw: 'Such communication is specific, candid and supportive of identified schools, their students, and their families.' },
                { text: 'And information from the two-way communication is used to further strengthen LEA, school, and family relationships.' },
              ],
            },
            {
              id: '4a2',
              shortTitle: 'Share progress & quick wins',
              statement: { text: 'The LEA provides opportunities and avenues for sharing school improvement progress and successes with students, family, teachers, and leaders, starting with quick wins early in the turnaround process. Early successes promote an expectation for further success and engender confidence in the competence of colleagues.' },
              levels: [
                { text: 'A communication plan is in place to gather and share school improvement progress and successes with internal and external stakeholders.' },
                { text: 'And includes structures and routines for collaborative reflection on school improvement progress and successes.' },
                { text: 'And is used to routinely communicate school improvement progress and successes with internal and external stakeholders.' },
                { text: 'And utilizes lessons learned from successes to encourage and support school improvement work to increase success.' },
              ],
            },
            {
              id: '4a3',
              shortTitle: 'Community forums to reflect on student learning',
              statement: { text: 'Create opportunities for members of the school and LEA community to come together to discuss, explore, and reflect on student learning.' },
              levels: [
                { text: 'Opportunities for LEA community members to come together to discuss, explore, and reflect on student learning are available.' },
                { text: 'And information from discussions and reflections are used to increase community engagement in school improvement efforts.' },
                { text: 'And is used to provide support to schools in creating local opportunities for school community members to come together to discuss, explore, and reflect on student learning.' },
                { text: 'And includes supports to schools on utilizing information from discussions and reflections to increase community engagement in their school improvement efforts.' },
              ],
            },
          ],
        },
        {
          id: '4b',
          title: { text: 'Solicit and act upon stakeholder input' },
          elements: [
            {
              id: '4b1',
              shortTitle: 'Gather and use school-climate perceptions',
              statement: { text: 'Collective perceptions about the degree to which school climate is or is not positive are gathered and used to gauge climate-related work by LEAs and schools striving for improvement.', raw: '4b1. Collective perceptions about the degree to which school climate is or is not positive is gathered and used to gauge climate-related work by LEAs and schools striving for improvement.' },
              levels: [
                { text: 'A process to gather feedback on school improvement efforts is established.' },
                { text: 'And includes a diagnostic instrument to gather feedback early on in the improvement process from stakeholders.' },
                { text: 'And includes the use of periodic surveys to follow-up on perception of school improvement efforts.' },
                { text: 'And includes professional learning to school leaders on assessing stakeholder perceptions and acting on what they have learned.' },
              ],
            },
            {
              id: '4b2',
              shortTitle: 'Stakeholder perceptions inform priorities',
              statement: { text: 'Stakeholder perceptions are considered when identifying priorities and improving the underlying conditions that contribute to school climate issues.' },
              levels: [
                { text: 'A process to summarize stakeholder perceptions for use in decision making is established.' },
                { text: 'And includes using summary information to improve the underlying conditions that contribute to both LEA and school climate issues.' },
                { text: 'And includes assisting schools in using the information to determine priorities to improve the underlying conditions that contribute to school climate issues.', raw: 'And includes assistance schools in using the information to determine priorities to improve the underlying conditions that contribute to school climate issues.' },
                { text: 'And includes resources to identify and implement evidence-based approaches to improve the underlying conditions that contribute to school climate issues.' },
              ],
            },
            {
              id: '4b3',
              shortTitle: 'Acknowledge & respond to constructive feedback',
              statement: { text: 'Acknowledge and respond to constructive feedback, suggestions, and criticism.' },
              levels: [
                { text: 'Constructive feedback, suggestions, and criticism are gathered through stakeholder input.', raw: 'Constructive feedback, suggestions, and criticism are gathered by stakeholder input.' },
                { text: 'And are used to improve school improvement efforts.' },
                { text: 'And is used to assist schools in documenting and responding to feedback, suggestions and criticism.' },
                { text: 'And includes collaborating with schools to implement improvement actions based on the feedback, suggestions and criticism.' },
              ],
            },
          ],
        },
        {
          id: '4c',
          title: { text: 'Engage students and families in pursuing educational goals' },
          elements: [
            {
              id: '4c1',
              shortTitle: "Build students' personal competencies",
              statement: { text: "Intentionally build students' personal competencies to pursue goals, persist on tasks, appraise progress, hone learning strategies, and direct their learning to enhance capacity to succeed." },
              levels: [
                { text: "The importance of building student personal competency skills is reflected in the LEA's overall direction." },
                { text: 'And is communicated to internal and external stakeholders.' },
                { text: "And policies and practices are reviewed and revised to support schools in building students' personal competencies." },
                { text: "And professional learning and resources are provided to schools to build students' personal competencies." },
              ],
            },
            {
              id: '4c2',
              shortTitle: 'Connect learning to student interests & aspirations',
              statement: { text: 'Provide students with opportunities to connect their learning in school with their interests and aspirations.' },
              levels: [
                { text: 'Instructional guidance documents include examples of how teachers can help students connect learning with their interests and aspirations.' },
                { text: 'And includes resources to community-based learning opportunities for students to connect their learning with their interests and aspirations.' },
                { text: 'And support is provided to schools in utilizing the instructional guidance to increase student learning with their individual interests and aspirations.' },
                { text: 'And assists schools in monitoring the use and results of student learning in community-based learning opportunities to improve and expand opportunities.' },
              ],
            },
            {
              id: '4c3',
              shortTitle: "Engage parents in child's learning & long-term goals",
              statement: { text: "Meaningfully engage parents in their child's learning, progress, interests, and long-term goals.", raw: "4c3. Meaningfully engage parents in their child's learning, progress, interests, and longterm goals." },
              levels: [
                { text: "A parent guide on how to engage in their child's learning, progress, interests, and long-term goals is available.", raw: "A parent guide on how to engage in their child's learning, progress, interests, and longterm goals is available." },
                { text: 'And includes resources, assessments, interest inventories, and career and college information.', raw: 'And includes resources assessments, interest inventories, and career and college information.' },
                { text: "And professional learning is provided to schools on the use of the parent guide and resources to increase parent engagement in their child's learning." },
                { text: 'And includes support to collect and use data to inform effective practices to improve family engagement.' },
              ],
            },
          ],
        },
      ],
    },
  ],
} as const satisfies Rubric

type LeaDomain = (typeof LEA_SELF_REFLECTION.domains)[number]
type LeaPractice = LeaDomain['practices'][number]
export type LeaDomainId = LeaDomain['id']
export type LeaPracticeId = LeaPractice['id']
/** "1a1" … "4c3" */
export type LeaElementId = LeaPractice['elements'][number]['id']
export type LeaLevelId = (typeof LEA_LEVELS)[number]['id']
