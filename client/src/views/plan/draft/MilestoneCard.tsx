/** Milestone n.m.k — an indicator that the strategy is being implemented — with its action steps. */
import { planItemText } from '../../../../../shared/doc/plan'
import type { MilestoneDraft } from '../../../../../shared/plan/draft'
import { ItemControls } from '../ItemControls'
import { usePlan } from '../plan-context'
import { useAddItem } from '../use-add'
import { LabelledYText } from '../../../ui/LabelledYText'
import { ActionRow } from './ActionRow'

export function MilestoneCard({ milestone, number, siblings }: { milestone: MilestoneDraft; number: string; siblings: readonly MilestoneDraft[] }) {
  const { doc, readOnly, justAdded } = usePlan()
  const add = useAddItem()
  const label = `Milestone ${number}`
  return (
    <li className="plan-card milestone" id={`plan-item-${milestone.id}`} aria-labelledby={`ms-h-${milestone.id}`}>
      <div className="plan-card-head">
        <h5 id={`ms-h-${milestone.id}`}>{label}</h5>
        <ItemControls kind="milestone" id={milestone.id} siblings={siblings} label={label} />
      </div>
      <div className="plan-grid wide-first">
        <LabelledYText className="plan-field" text={planItemText(doc, 'milestone', milestone.id, 'text')} label={`${label}: what will be true`} multiline readOnly={readOnly} autoFocus={justAdded === milestone.id} />
        <LabelledYText className="plan-field" text={planItemText(doc, 'milestone', milestone.id, 'timeline')} label="Timeline" multiline rows={1} readOnly={readOnly} />
      </div>
      {milestone.actions.length === 0 && <p className="empty">No actions yet. Actions are the incremental steps to this milestone; each has exactly one person responsible.</p>}
      <ol className="plan-rows">
        {milestone.actions.map((a, j) => (
          <ActionRow key={a.id} action={a} number={`${number}.${j + 1}`} siblings={milestone.actions} />
        ))}
      </ol>
      {!readOnly && (
        <button type="button" onClick={() => add('action', milestone.id, `action under ${label}`)}>
          + Add action to {label}
        </button>
      )}
    </li>
  )
}
