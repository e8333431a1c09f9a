/** At-A-Glance: plan dates, the Tool A header fields and the school leadership team. */
import { planItemText, planText, setPlanDate } from '../../../../../shared/doc/plan'
import { DATE_FIELDS, HEADER_FIELDS, SECTION_HEADINGS, type DateFieldId, type HeaderFieldId } from '../../../../../shared/plan/tool-a'
import { ItemControls } from '../ItemControls'
import { usePlan } from '../plan-context'
import { useAddItem } from '../use-add'
import { DocumentSettings } from './DocumentSettings'
import { LabelledYText } from '../../../ui/LabelledYText'

const HINTS: Partial<Record<HeaderFieldId, string>> = {
  updateSummary: 'Each snapshot after the first writes its justification note here.',
}

export function AtAGlance() {
  const { doc, draft, readOnly, justAdded } = usePlan()
  const add = useAddItem()
  const dates: Record<DateFieldId, string> = { dateOfPlan: draft.dateOfPlan, dateOfUpdate: draft.dateOfUpdate }
  return (
    <section className="plan-section" aria-labelledby="plan-at-a-glance">
      <h2 id="plan-at-a-glance">{SECTION_HEADINGS.atAGlance}</h2>
      <DocumentSettings />
      <div className="plan-grid">
        {(Object.keys(DATE_FIELDS) as DateFieldId[]).map((f) => (
          <div className="plan-field" key={f}>
            <label htmlFor={`plan-date-${f}`}>{DATE_FIELDS[f]}</label>
            <input
              id={`plan-date-${f}`}
              type="date"
              value={dates[f]}
              readOnly={readOnly}
              onChange={(e) => !readOnly && setPlanDate(doc, f, e.target.value)}
              aria-describedby={`plan-date-${f}-hint`}
            />
            <p className="hint" id={`plan-date-${f}-hint`}>
              {f === 'dateOfPlan' ? 'Blank: the first snapshot’s date.' : 'Blank: set by each later snapshot.'}
            </p>
          </div>
        ))}
        {(Object.keys(HEADER_FIELDS) as HeaderFieldId[]).map((f) => (
          <LabelledYText className="plan-field" key={f} text={planText(doc, f)} label={HEADER_FIELDS[f]} readOnly={readOnly} {...(HINTS[f] && { hint: HINTS[f] })} />
        ))}
      </div>
      <h3>School Leadership Team Members</h3>
      {draft.leadership.length === 0 && <p className="empty">No one listed yet. Add the members of the school leadership team who own this plan.</p>}
      <ul className="plan-rows">
        {draft.leadership.map((l, i) => (
          <li key={l.id} className="plan-row" id={`plan-leader-${l.id}`}>
            <LabelledYText className="plan-field" text={planItemText(doc, 'leader', l.id, 'name')} label={`Team member ${i + 1}: name`} readOnly={readOnly} autoFocus={justAdded === l.id} />
            <LabelledYText className="plan-field" text={planItemText(doc, 'leader', l.id, 'position')} label={`Team member ${i + 1}: position`} readOnly={readOnly} />
            <ItemControls kind="leader" id={l.id} siblings={draft.leadership} label={`team member ${i + 1}`} />
          </li>
        ))}
      </ul>
      {!readOnly && (
        <button type="button" onClick={() => add('leader', undefined, 'team member')}>
          + Add team member
        </button>
      )}
    </section>
  )
}
