/**
 * The session record under one process question, sentence by sentence: what the workspace's history
 * shows, and the team's own wording for any sentence (kept in the draft as `record.<id>`, so it
 * survives every later snapshot). An empty wording means the plan prints the generated sentence,
 * which the empty field shows greyed.
 */
import { planText, setPlanText } from '../../../../../shared/doc/plan'
import type { PlanDocument } from '../../../../../shared/plan/document'
import { SESSION_RECORD } from '../../../../../shared/plan/session'
import { LabelledYText } from '../../../ui/LabelledYText'
import { usePlan } from '../plan-context'

type Question = PlanDocument['sections']['needs']['questions'][number]

export function SessionRecord({ question }: { question: Question }) {
  const { doc, draft, readOnly, announce } = usePlan()
  if (question.record.length === 0) return <p className="small">Nothing recorded yet: the record fills in as the team works on the boards.</p>
  return (
    <ul className="session-record">
      {question.record.map((s) => {
        const field = `record.${s.id}` as const
        const text = planText(doc, field)
        const own = (draft.needs.record[s.id] ?? '').trim() !== ''
        const use = (value: string, said: string) => {
          setPlanText(doc, field, value)
          announce(said)
        }
        return (
          <li key={s.id}>
            {text ? (
              <LabelledYText text={text} label={SESSION_RECORD[s.id].hint} multiline rows={2} readOnly={readOnly} placeholder={s.generated} hint={own ? undefined : 'The session record’s sentence (greyed) is printed unless you write your own.'} />
            ) : (
              <p className="small">
                <strong>{SESSION_RECORD[s.id].hint}:</strong> {s.text}
              </p>
            )}
            {own && s.generated && s.edited && <p className="small">The session record says: “{s.generated}”</p>}
            {!readOnly && (
              <div className="row">
                {!own && s.generated && (
                  <button type="button" onClick={() => use(s.generated, 'The sentence is ready to edit.')}>
                    Reword this sentence
                  </button>
                )}
                {own && (
                  <button type="button" onClick={() => use('', 'The session record’s sentence is used again.')}>
                    Use the session record’s sentence
                  </button>
                )}
              </div>
            )}
          </li>
        )
      })}
    </ul>
  )
}
