/** A priority's supports: needed, provided, by whom, how they were used and how effective they were. */
import { planItemText } from '../../../../../shared/doc/plan'
import type { SupportDraft } from '../../../../../shared/plan/draft'
import { ItemControls } from '../ItemControls'
import { usePlan } from '../plan-context'
import { useAddItem } from '../use-add'
import { LabelledYText } from '../../../ui/LabelledYText'

const FIELDS = {
  needed: 'Supports needed',
  provided: 'Supports provided',
  provider: 'Provider / source',
  howUsed: 'How were the supports used?',
  effectiveness: 'How effective were they (based on data)?',
} as const

export function SupportsTable({ priorityId, label, supports }: { priorityId: string; label: string; supports: readonly SupportDraft[] }) {
  const { doc, readOnly, justAdded } = usePlan()
  const add = useAddItem()
  return (
    <div className="supports">
      <h4>Supports for {label}</h4>
      {supports.length === 0 && <p className="empty">No supports listed. Add supports needed or received from the district, the state or outside partners.</p>}
      <ul className="plan-rows">
        {supports.map((s, i) => (
          <li key={s.id} className="plan-row" id={`plan-item-${s.id}`}>
            {(Object.keys(FIELDS) as (keyof typeof FIELDS)[]).map((f, j) => (
              <LabelledYText className="plan-field" key={f} text={planItemText(doc, 'support', s.id, f)} label={`${FIELDS[f]} (support ${i + 1})`} readOnly={readOnly} autoFocus={j === 0 && justAdded === s.id} />
            ))}
            <ItemControls kind="support" id={s.id} siblings={supports} label={`support ${i + 1} of ${label}`} />
          </li>
        ))}
      </ul>
      {!readOnly && (
        <button type="button" onClick={() => add('support', priorityId, `support for ${label}`)}>
          + Add support to {label}
        </button>
      )}
    </div>
  )
}
