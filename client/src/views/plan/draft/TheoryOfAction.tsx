/** A strategy's theory of action in Tool A's three slots, each with its hint, and the sentence they make. */
import { planItemText } from '../../../../../shared/doc/plan'
import type { PlanStrategy } from '../../../../../shared/plan/document'
import { missingTheoryParts, theoryPartsPhrase } from '../../../../../shared/plan/theory-gaps'
import { STRATEGY_SLOTS } from '../../../../../shared/plan/tool-a'
import { usePlan } from '../plan-context'
import { LabelledYText } from '../../../ui/LabelledYText'

export function TheoryOfAction({ id, label, live }: { id: string; label: string; live: PlanStrategy | undefined }) {
  const { doc, readOnly, justAdded } = usePlan()
  const slots = Object.keys(STRATEGY_SLOTS) as (keyof typeof STRATEGY_SLOTS)[]
  // the sentence shows only what is written; the unwritten parts are asked for, not shown as "…"
  const missing = live?.statement ? missingTheoryParts(live) : []
  return (
    <fieldset className="theory">
      <legend>{label}: theory of action</legend>
      {slots.map((slot, i) => (
        <LabelledYText
          key={slot}
          text={planItemText(doc, 'strategy', id, slot)}
          label={`${STRATEGY_SLOTS[slot].lead} …`}
          hint={STRATEGY_SLOTS[slot].hint}
          multiline
          readOnly={readOnly}
          autoFocus={i === 0 && justAdded === id}
          className="plan-field slot"
        />
      ))}
      <p className="statement" aria-live="off">
        {live?.statement ? live.statement : <span className="empty">The sentence appears here as the three parts are written.</span>}
      </p>
      {missing.length > 0 && <p className="theory-gaps">Still to write: {theoryPartsPhrase(missing)}.</p>}
    </fieldset>
  )
}
