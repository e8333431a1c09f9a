/**
 * A measures table (goal measures with three yearly targets, strategy measures with two), one row
 * per measure, each cell a labelled co-edited text. Every cell wraps (auto-sized textareas), and a
 * narrow plan column stacks each row into a card with visible column names (plan.css), so a
 * baseline like "41% (2023–24, n = 212)" is never cut at 1280 px.
 */
import { planItemText } from '../../../../../shared/doc/plan'
import type { GoalMeasureDraft } from '../../../../../shared/plan/draft'
import { ItemControls } from '../ItemControls'
import { usePlan } from '../plan-context'
import { useAddItem } from '../use-add'
import { LabelledYText } from '../../../ui/LabelledYText'

type Column = 'indicator' | 'dataSource' | 'baseline' | 'target1' | 'target2' | 'target3'
const COLUMNS: Record<Column, string> = {
  indicator: 'Indicator',
  dataSource: 'Data source',
  baseline: 'Baseline',
  target1: 'Target year 1',
  target2: 'Target year 2',
  target3: 'Target year 3',
}

interface Props {
  readonly kind: 'goalMeasure' | 'strategyMeasure'
  readonly parentId: string
  /** "Goal 1", "Strategy 1.2" */
  readonly owner: string
  readonly measures: readonly Pick<GoalMeasureDraft, 'id'>[]
  readonly caption: string
  readonly empty: string
}

export function MeasureTable({ kind, parentId, owner, measures, caption, empty }: Props) {
  const { doc, readOnly, justAdded } = usePlan()
  const add = useAddItem()
  const columns: Column[] = kind === 'goalMeasure' ? ['indicator', 'dataSource', 'baseline', 'target1', 'target2', 'target3'] : ['indicator', 'dataSource', 'baseline', 'target1', 'target2']
  return (
    <div className={`measures ${kind}`}>
      {measures.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <table className="plan-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              {columns.map((c) => (
                <th scope="col" key={c}>
                  {COLUMNS[c]}
                </th>
              ))}
              {!readOnly && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {measures.map((m, i) => (
              <tr key={m.id} id={`plan-item-${m.id}`}>
                <th scope="row">{i + 1}</th>
                {columns.map((c, j) => (
                  <td key={c} className={`m-${c}`}>
                    <span className="cell-label" aria-hidden="true">
                      {COLUMNS[c]}
                    </span>
                    <LabelledYText
                      className="plan-field"
                      text={kind === 'goalMeasure' ? planItemText(doc, 'goalMeasure', m.id, c) : c === 'target3' ? null : planItemText(doc, 'strategyMeasure', m.id, c)}
                      label={`${owner}, measure ${i + 1}: ${COLUMNS[c]}`}
                      hideLabel
                      multiline
                      rows={1}
                      readOnly={readOnly}
                      autoFocus={j === 0 && justAdded === m.id}
                    />
                  </td>
                ))}
                {!readOnly && (
                  <td className="m-controls">
                    <ItemControls kind={kind} id={m.id} siblings={measures} label={`${owner}, measure ${i + 1}`} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <button type="button" onClick={() => add(kind, parentId, `measure for ${owner}`)}>
          + Add measure to {owner}
        </button>
      )}
    </div>
  )
}
