/** Plan Signatures: Tool A's statement, and per signatory a name, position, plan role and a typed signature. */
import { usePlan } from '../plan-context'
import { useAddItem } from '../use-add'
import { SignatureRow } from './SignatureRow'

export function Signatures() {
  const { draft, live, readOnly } = usePlan()
  const add = useAddItem()
  const { heading, statement, signatories } = live.sections.signatures
  return (
    <section className="plan-section" aria-labelledby="plan-signatures">
      <h2 id="plan-signatures">{heading}</h2>
      <blockquote>{statement}</blockquote>
      <p className="hint">{signatories}</p>
      {draft.signatures.length === 0 && <p className="empty">No signatories yet. Add each person who will review the plan and sign it.</p>}
      <ul className="plan-rows">
        {draft.signatures.map((s, i) => (
          <SignatureRow key={s.id} s={s} n={i + 1} all={draft.signatures} />
        ))}
      </ul>
      {!readOnly && (
        <button type="button" onClick={() => add('signature', undefined, 'signatory')}>
          + Add signatory
        </button>
      )}
    </section>
  )
}
