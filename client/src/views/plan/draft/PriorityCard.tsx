/** Priority n: title, description, traceability, strategies (theories of action) and supports. */
import { planItemText } from '../../../../../shared/doc/plan'
import type { PlanPriority } from '../../../../../shared/plan/document'
import type { PriorityDraft } from '../../../../../shared/plan/draft'
import { ItemControls } from '../ItemControls'
import { usePlan } from '../plan-context'
import { useAddItem } from '../use-add'
import { LabelledYText } from '../../../ui/LabelledYText'
import { LinkPicker } from './LinkPicker'
import { StrategyCard } from './StrategyCard'
import { SupportsTable } from './SupportsTable'
import { TraceChips } from './TraceChips'

export function PriorityCard({ priority, number, siblings, live }: { priority: PriorityDraft; number: string; siblings: readonly PriorityDraft[]; live: PlanPriority | undefined }) {
  const { doc, readOnly, justAdded } = usePlan()
  const add = useAddItem()
  const label = `Priority ${number}`
  return (
    <li className="plan-card priority" id={`plan-item-${priority.id}`} aria-labelledby={`pr-h-${priority.id}`}>
      <div className="plan-card-head">
        <h3 id={`pr-h-${priority.id}`}>{label}</h3>
        <ItemControls kind="priority" id={priority.id} siblings={siblings} label={label} />
      </div>
      <LabelledYText className="plan-field" text={planItemText(doc, 'priority', priority.id, 'title')} label={`${label}: priority area`} readOnly={readOnly} autoFocus={justAdded === priority.id} />
      <LabelledYText className="plan-field" text={planItemText(doc, 'priority', priority.id, 'description')} label="Description" multiline readOnly={readOnly} />
      <TraceChips trace={live?.trace ?? []} />
      <LinkPicker kind="priority" id={priority.id} label={label} links={priority.links} />
      {priority.strategies.length === 0 && (
        <p className="empty">No strategies yet. Write each as a theory of action — If we (the practice) … then (what adults will do) … and (what students will do) — that takes two or more years.</p>
      )}
      <ol className="plan-rows">
        {priority.strategies.map((s, m) => (
          <StrategyCard key={s.id} strategy={s} number={`${number}.${m + 1}`} siblings={priority.strategies} live={live?.strategies.find((x) => x.id === s.id)} />
        ))}
      </ol>
      {!readOnly && (
        <button type="button" onClick={() => add('strategy', priority.id, `strategy under ${label}`)}>
          + Add strategy to {label}
        </button>
      )}
      <SupportsTable priorityId={priority.id} label={label} supports={priority.supports} />
    </li>
  )
}
