/**
 * The two process questions: the team's own answer, and the session record (date, methods, who took
 * part, how scoring was done) sentence by sentence, each of which the team may reword.
 */
import { planText, type PlanTextField } from '../../../../../shared/doc/plan'
import { usePlan } from '../plan-context'
import { LabelledYText } from '../../../ui/LabelledYText'
import { SessionRecord } from './SessionRecord'

const FIELDS = { 'how-completed': 'needs.howCompleted', 'stakeholder-input': 'needs.stakeholderInput' } as const satisfies Record<string, PlanTextField>

export function NeedsQuestions() {
  const { doc, live, readOnly } = usePlan()
  return (
    <>
      {live.sections.needs.questions.map((q) => {
        const field = FIELDS[q.id]
        return (
          <div key={q.id} className="plan-question">
            <LabelledYText className="plan-field" text={planText(doc, field)} label={q.question} multiline readOnly={readOnly} />
            <div className="from-session">
              <p className="small">
                <strong>From the session record</strong> (printed in every snapshot after your answer):
              </p>
              <SessionRecord question={q} />
            </div>
          </div>
        )
      })}
    </>
  )
}
