/** Reporting: Tool A's four cadences with their guidance, and the team's routine for each. */
import { planText } from '../../../../../shared/doc/plan'
import { CADENCE_IDS, REPORTING_CADENCES, SECTION_HEADINGS } from '../../../../../shared/plan/tool-a'
import { usePlan } from '../plan-context'
import { LabelledYText } from '../../../ui/LabelledYText'

export function Reporting() {
  const { doc, readOnly } = usePlan()
  return (
    <section className="plan-section" aria-labelledby="plan-reporting">
      <h2 id="plan-reporting">{SECTION_HEADINGS.reporting}</h2>
      {CADENCE_IDS.map((c) => (
        <LabelledYText
          className="plan-field"
          key={c}
          text={planText(doc, `reporting.${c}`)}
          label={`${REPORTING_CADENCES[c].label} reporting: the team’s routine`}
          hint={REPORTING_CADENCES[c].guidance}
          multiline
          readOnly={readOnly}
        />
      ))}
    </section>
  )
}
