/** Needs Assessment: the checklist, the two process questions, Data Analysis and the top priority areas. */
import { usePlan } from '../plan-context'
import { DataAnalysis } from './DataAnalysis'
import { NeedsChecklist } from './NeedsChecklist'
import { NeedsQuestions } from './NeedsQuestions'

export function Needs() {
  const { live } = usePlan()
  const n = live.sections.needs
  return (
    <section className="plan-section" aria-labelledby="plan-needs">
      <h2 id="plan-needs">{n.heading}</h2>
      <p className="hint">{n.intro}</p>
      <NeedsChecklist />
      <NeedsQuestions />
      <DataAnalysis />
      <h3>Top priority areas</h3>
      <p className="hint">{n.topPriorities.prompt}</p>
      {n.topPriorities.items.length === 0 ? (
        <p className="empty">Listed here from Priority Planning once the team adds its priority areas.</p>
      ) : (
        <ol>
          {n.topPriorities.items.map((p) => (
            <li key={p.id}>{p.title || <span className="empty">untitled priority</span>}</li>
          ))}
        </ol>
      )}
    </section>
  )
}
