/** Strategy n.m: theory of action, practice, goal, traceability, strategy measures and milestones. */
import type { PlanStrategy } from '../../../../../shared/plan/document'
import type { StrategyDraft } from '../../../../../shared/plan/draft'
import { TOOL_A_TEXT } from '../../../../../shared/plan/tool-a'
import { ItemControls } from '../ItemControls'
import { usePlan } from '../plan-context'
import { useAddItem } from '../use-add'
import { LinkPicker } from './LinkPicker'
import { MeasureTable } from './MeasureTable'
import { MilestoneCard } from './MilestoneCard'
import { StrategyFields } from './StrategyFields'
import { TheoryOfAction } from './TheoryOfAction'
import { TraceChips } from './TraceChips'

interface Props {
  readonly strategy: StrategyDraft
  readonly number: string
  readonly siblings: readonly StrategyDraft[]
  readonly live: PlanStrategy | undefined
}

export function StrategyCard({ strategy, number, siblings, live }: Props) {
  const { readOnly } = usePlan()
  const add = useAddItem()
  const label = `Strategy ${number}`
  return (
    <li className="plan-card strategy" id={`plan-item-${strategy.id}`} aria-labelledby={`st-h-${strategy.id}`}>
      <div className="plan-card-head">
        <h4 id={`st-h-${strategy.id}`}>{label}</h4>
        <ItemControls kind="strategy" id={strategy.id} siblings={siblings} label={label} />
      </div>
      <TheoryOfAction id={strategy.id} label={label} live={live} />
      <StrategyFields strategy={strategy} label={label} />
      <TraceChips trace={live?.trace ?? []} />
      <LinkPicker kind="strategy" id={strategy.id} label={label} links={strategy.links} />
      <MeasureTable
        kind="strategyMeasure"
        parentId={strategy.id}
        owner={label}
        measures={strategy.measures}
        caption={TOOL_A_TEXT.strategyMeasures}
        empty='No strategy measures yet. Measure the "then" part — what the adults will do. If it cannot be measured, the strategy needs to be reworked.'
      />
      <h5 className="visually-hidden">Milestones of {label}</h5>
      {strategy.milestones.length === 0 && <p className="empty">No milestones yet. Milestones are indicators that the strategy is being implemented, usually one year’s work.</p>}
      <ol className="plan-rows">
        {strategy.milestones.map((m, k) => (
          <MilestoneCard key={m.id} milestone={m} number={`${number}.${k + 1}`} siblings={strategy.milestones} />
        ))}
      </ol>
      {!readOnly && (
        <button type="button" onClick={() => add('milestone', strategy.id, `milestone under ${label}`)}>
          + Add milestone to {label}
        </button>
      )}
    </li>
  )
}
