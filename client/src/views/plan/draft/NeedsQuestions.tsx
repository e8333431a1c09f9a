/**
 * The two process questions. The session record (date, methods, who took part, anonymity) is shown
 * as written by the snapshot; the team's own answer is theirs to write, and can start from it.
 */
import { planText, setPlanText, type PlanTextField } from '../../../../../shared/doc/plan'
import { usePlan } from '../plan-context'
import { LabelledYText } from '../../../ui/LabelledYText'

const FIELDS = { 'how-completed': 'needs.howCompleted', 'stakeholder-input': 'needs.stakeholderInput' } as const satisfies Record<string, PlanTextField>

export function NeedsQuestions() {
  const { doc, live, readOnly, announce } = usePlan()
  return (
    <>
      {live.sections.needs.questions.map((q) => {
        const field = FIELDS[q.id]
        const addRecord = () => {
          const current = planText(doc, field)?.toString().trim() ?? ''
          setPlanText(doc, field, current ? `${current}\n${q.fromSession}` : q.fromSession)
          announce('The session record was added to your answer.')
        }
        return (
          <div key={q.id} className="plan-question">
            <LabelledYText className="plan-field" text={planText(doc, field)} label={q.question} multiline readOnly={readOnly} />
            <div className="from-session">
              <p className="small">
                <strong>From the session record</strong> (included in every snapshot):
              </p>
              <p className="small">{q.fromSession || 'Nothing recorded yet.'}</p>
              {!readOnly && q.fromSession && (
                <button type="button" onClick={addRecord}>
                  Add the session record to our answer
                </button>
              )}
            </div>
          </div>
        )
      })}
    </>
  )
}
