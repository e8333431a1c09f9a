/** Priority Planning & Reporting: the numbered priorities (never typed numbers) and Tool A's guidance. */
import { SECTION_HEADINGS } from '../../../../../shared/plan/tool-a'
import { usePlan } from '../plan-context'
import { useAddItem } from '../use-add'
import { PriorityCard } from './PriorityCard'

export function Planning() {
  const { draft, live, readOnly } = usePlan()
  const add = useAddItem()
  const priorities = live.sections.planning.priorities
  return (
    <section className="plan-section" aria-labelledby="plan-planning">
      <h2 id="plan-planning" tabIndex={-1}>{SECTION_HEADINGS.planning}</h2>
      <details className="guidance">
        <summary>How strategies, milestones and actions fit together (Tool A)</summary>
        <ul>
          {live.sections.planning.intro.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      <p className="hint">Numbers (1, 1.1, 1.1.1, 1.1.1.1) are given by order and change by themselves when something moves.</p>
      {draft.priorities.length === 0 && (
        <p className="empty">
          No priority areas yet. Start from the needs assessment above: choose up to four areas the root causes point to, and add one priority for each. Going deeper in
          fewer areas is often more effective.
        </p>
      )}
      <ol className="plan-rows">
        {draft.priorities.map((p, n) => (
          <PriorityCard key={p.id} priority={p} number={`${n + 1}`} siblings={draft.priorities} live={priorities.find((x) => x.id === p.id)} />
        ))}
      </ol>
      {!readOnly && (
        <button type="button" className="primary" onClick={() => add('priority', undefined, 'priority area')}>
          + Add priority area
        </button>
      )}
      {draft.orphans.length > 0 && (
        <p className="warning" role="note">
          ⚠ {draft.orphans.length} item(s) lost their parent when it was deleted while someone was adding to it; they are kept in the document but not shown. Undo the
          delete to bring them back.
        </p>
      )}
    </section>
  )
}
