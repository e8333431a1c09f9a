/** One PDSA cycle's four stages, each a shared text, and the Act decision as a radio group. */
import { monitoringText, setPdsaDecision, type PdsaText } from '../../../../shared/doc/monitoring'
import { PDSA_DECISIONS, type PdsaCycle } from '../../../../shared/domain/monitoring/model'
import { LabelledYText } from '../../ui/LabelledYText'
import { CommentButton } from './CommentButton'
import { useMonitoringContext } from './context'

const STAGES: readonly { readonly title: string; readonly fields: readonly { readonly key: PdsaText; readonly label: string }[] }[] = [
  { title: 'Plan', fields: [{ key: 'plan.change', label: 'The change we will try' }, { key: 'plan.prediction', label: 'What we predict will happen' }, { key: 'plan.measure', label: 'How we will measure it' }] },
  { title: 'Do', fields: [{ key: 'do.happened', label: 'What happened' }, { key: 'do.data', label: 'Data collected' }] },
  { title: 'Study', fields: [{ key: 'study.compared', label: 'Compared with the prediction' }] },
  { title: 'Act', fields: [{ key: 'act.next', label: 'Next cycle' }] },
]
const DECISION_LABELS = { adopt: 'Adopt', adapt: 'Adapt', abandon: 'Abandon' } as const

export function PdsaCard({ cycle, index }: { cycle: PdsaCycle; index: number }) {
  const { conn, canWrite } = useMonitoringContext()
  return (
    <article className="pdsa-card" aria-label={`Cycle ${index}`} data-cycle={cycle.id}>
      <h5>Cycle {index}{cycle.act.decision ? ` — ${DECISION_LABELS[cycle.act.decision]}` : ''}</h5>
      <div className="pdsa-stages">
        {STAGES.map((stage) => (
          <fieldset key={stage.title}>
            <legend>{stage.title}</legend>
            {stage.fields.map((f) => (
              <LabelledYText key={f.key} id={`pdsa-${cycle.id}-${f.key.split('.')[1]}`} label={`${f.label} (cycle ${index})`} text={monitoringText(conn.doc, { root: 'pdsa', id: cycle.id, key: f.key })} readOnly={!canWrite} multiline rows={2} />
            ))}
            {stage.title === 'Act' && (
              <div role="radiogroup" aria-label={`Decision for cycle ${index}`} className="decision">
                {PDSA_DECISIONS.map((d) => (
                  <label key={d}>
                    <input type="radio" name={`decision-${cycle.id}`} value={d} checked={cycle.act.decision === d} disabled={!canWrite} onChange={() => setPdsaDecision(conn.doc, cycle.id, d)} /> {DECISION_LABELS[d]}
                  </label>
                ))}
              </div>
            )}
          </fieldset>
        ))}
      </div>
      <CommentButton target={{ kind: 'pdsa', id: cycle.id, label: `PDSA cycle ${index}: ${cycle.plan.change}` }} />
    </article>
  )
}
