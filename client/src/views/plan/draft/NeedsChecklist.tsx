/**
 * "Elements included in the needs assessment": Tool A's twelve lines with their options and "other"
 * texts. Lines the session's methods point to are marked as suggestions; only a person ticks them.
 */
import { planText, setNeedsElement } from '../../../../../shared/doc/plan'
import { usePlan } from '../plan-context'
import { LabelledYText } from '../../../ui/LabelledYText'

export function NeedsChecklist() {
  const { doc, draft, live, readOnly } = usePlan()
  const { heading, lines } = live.sections.needs.elements
  // ticks come from the draft (never throttled), so a box never flickers back after a click
  const ticked = new Set(draft.needs.elements)
  const box = (key: string, label: string, checked: boolean) => (
    <label className="check">
      <input type="checkbox" checked={checked} disabled={readOnly} onChange={(e) => setNeedsElement(doc, key, e.target.checked)} /> {label}
    </label>
  )
  return (
    <fieldset className="needs-elements">
      <legend>{heading}</legend>
      <ul>
        {lines.map((line) => (
          <li key={line.id}>
            {box(line.id, line.label, ticked.has(line.id))}
            {line.suggested && !ticked.has(line.id) && <span className="suggested"> — suggested by this session’s self-reflection; tick to confirm</span>}
            {line.options.length > 0 && (
              <ul className="options">
                {line.options.map((o) => (
                  <li key={o.id}>
                    {box(o.id, o.label, ticked.has(o.id))}
                    {o.other !== null && <LabelledYText text={planText(doc, `needsOther.${o.id}`)} label={`${line.label}: other (specify)`} hideLabel readOnly={readOnly} className="plan-field inline" />}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
