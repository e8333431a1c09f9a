/** School Strategic Direction: vision, mission and student-focused goals with their measures. */
import { planItemText, planText } from '../../../../../shared/doc/plan'
import { SECTION_HEADINGS } from '../../../../../shared/plan/tool-a'
import { ItemControls } from '../ItemControls'
import { usePlan } from '../plan-context'
import { useAddItem } from '../use-add'
import { LabelledYText } from '../../../ui/LabelledYText'
import { MeasureTable } from './MeasureTable'

export function Direction() {
  const { doc, draft, readOnly, justAdded } = usePlan()
  const add = useAddItem()
  return (
    <section className="plan-section" aria-labelledby="plan-direction">
      <h2 id="plan-direction">{SECTION_HEADINGS.direction}</h2>
      <LabelledYText className="plan-field" text={planText(doc, 'vision')} label="Vision" multiline readOnly={readOnly} />
      <LabelledYText className="plan-field" text={planText(doc, 'mission')} label="Mission" hint="What the organization does and for whom." multiline readOnly={readOnly} />
      <h3>Goals</h3>
      {draft.goals.length === 0 && (
        <p className="empty">
          No goals yet. Goals are student-focused, ambitious and for all students — for example “Each student will meet his or her growth targets each year.” Each
          goal gets measures with targets for at least two years.
        </p>
      )}
      {draft.goals.map((g, i) => (
        <article key={g.id} className="plan-card" id={`plan-item-${g.id}`} aria-labelledby={`goal-h-${g.id}`}>
          <div className="plan-card-head">
            <h4 id={`goal-h-${g.id}`}>Goal {i + 1}</h4>
            <ItemControls kind="goal" id={g.id} siblings={draft.goals} label={`Goal ${i + 1}`} />
          </div>
          <LabelledYText className="plan-field" text={planItemText(doc, 'goal', g.id, 'statement')} label={`Goal ${i + 1} statement`} multiline readOnly={readOnly} autoFocus={justAdded === g.id} />
          <LabelledYText className="plan-field" text={planItemText(doc, 'goal', g.id, 'explanation')} label={`Goal ${i + 1} explanation`} hint="Why this goal was created." multiline readOnly={readOnly} />
          <MeasureTable
            kind="goalMeasure"
            parentId={g.id}
            owner={`Goal ${i + 1}`}
            measures={g.measures}
            caption={`Goal ${i + 1} performance measures`}
            empty="No measures yet: add an indicator, its data source, the baseline and targets for at least two years."
          />
        </article>
      ))}
      {!readOnly && (
        <button type="button" onClick={() => add('goal', undefined, 'goal')}>
          + Add goal
        </button>
      )}
    </section>
  )
}
