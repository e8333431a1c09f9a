/** One signatory: name, position and plan role as co-edited texts, and a typed signature with its date. */
import { useState } from 'react'
import { planItemText } from '../../../../../shared/doc/plan'
import { signPlan } from '../../../../../shared/plan/mutations'
import type { SignatureDraft } from '../../../../../shared/plan/draft'
import { ItemControls } from '../ItemControls'
import { usePlan } from '../plan-context'
import { LabelledYText } from '../../../ui/LabelledYText'

export function SignatureRow({ s, n, all }: { s: SignatureDraft; n: number; all: readonly SignatureDraft[] }) {
  const { doc, readOnly, justAdded, announce } = usePlan()
  const [typed, setTyped] = useState('')
  const who = `Signatory ${n}`
  const sign = () => {
    if (typed.trim() && signPlan(doc, s.id, typed, { now: new Date().toISOString() })) {
      setTyped('')
      announce(`${who} signed.`)
    }
  }
  return (
    <li className="plan-card" id={`plan-item-${s.id}`}>
      <div className="plan-card-head">
        <h4>{who}</h4>
        <ItemControls kind="signature" id={s.id} siblings={all} label={who} />
      </div>
      <div className="plan-grid">
        <LabelledYText className="plan-field" text={planItemText(doc, 'signature', s.id, 'name')} label={`${who}: name`} readOnly={readOnly} autoFocus={justAdded === s.id} />
        <LabelledYText className="plan-field" text={planItemText(doc, 'signature', s.id, 'position')} label={`${who}: position`} readOnly={readOnly} />
        <LabelledYText className="plan-field" text={planItemText(doc, 'signature', s.id, 'planRole')} label={`${who}: improvement plan role`} readOnly={readOnly} />
      </div>
      {s.signature ? (
        <p className="signed">
          <span aria-hidden="true">✓ </span>Signed “{s.signature}” on {s.signedAt.slice(0, 10)}
          {!readOnly && (
            <button type="button" className="link" onClick={() => signPlan(doc, s.id, '', { now: '' }) && announce(`${who}'s signature cleared.`)}>
              Clear signature
            </button>
          )}
        </p>
      ) : readOnly ? (
        <p className="muted">Not signed yet.</p>
      ) : (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault()
            sign()
          }}
        >
          <label htmlFor={`sign-${s.id}`}>Type your full name to sign</label>
          <input id={`sign-${s.id}`} type="text" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="name" />
          <button type="submit" disabled={!typed.trim()}>
            Sign
          </button>
        </form>
      )}
    </li>
  )
}
