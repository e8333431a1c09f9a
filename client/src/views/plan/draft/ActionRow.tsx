/** One action step n.m.k.j: the step, anticipated outputs, timeline, resources/budget, one owner, collaborators. */
import { planItemText } from '../../../../../shared/doc/plan'
import type { ActionDraft } from '../../../../../shared/plan/draft'
import { ItemControls } from '../ItemControls'
import { usePlan } from '../plan-context'
import { LabelledYText } from '../../../ui/LabelledYText'
import { ResponsibleField } from './ResponsibleField'

export function ActionRow({ action, number, siblings }: { action: ActionDraft; number: string; siblings: readonly ActionDraft[] }) {
  const { doc, readOnly, justAdded } = usePlan()
  const label = `Action ${number}`
  const text = (field: 'text' | 'outputs' | 'timeline' | 'resources' | 'collaborators') => planItemText(doc, 'action', action.id, field)
  return (
    <li className="plan-action" id={`plan-item-${action.id}`} aria-labelledby={`action-h-${action.id}`}>
      <div className="plan-card-head">
        <h6 id={`action-h-${action.id}`}>{label}</h6>
        <ItemControls kind="action" id={action.id} siblings={siblings} label={label} />
      </div>
      <LabelledYText className="plan-field" text={text('text')} label={`${label}: the step`} multiline readOnly={readOnly} autoFocus={justAdded === action.id} />
      <div className="plan-grid">
        <LabelledYText className="plan-field" text={text('outputs')} multiline rows={1} label="Anticipated outputs" readOnly={readOnly} />
        <LabelledYText className="plan-field" text={text('timeline')} multiline rows={1} label="Timeline" readOnly={readOnly} />
        <LabelledYText className="plan-field" text={text('resources')} multiline rows={1} label="Resources & budget" readOnly={readOnly} />
        <ResponsibleField actionId={action.id} label="Person responsible (one)" responsible={action.responsible} />
        <LabelledYText className="plan-field" text={text('collaborators')} multiline rows={1} label="Collaborators" readOnly={readOnly} />
      </div>
    </li>
  )
}
