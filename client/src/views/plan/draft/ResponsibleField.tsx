/**
 * The ONE person responsible for an action: a name (workspace members are suggested) committed on
 * Enter or leaving the box. Two people assigning different owners at once leave both names, shown
 * here with a choice, and reported by the quality check — never silently overwritten.
 */
import { useId, useState } from 'react'
import type { Person } from '../../../../../shared/plan/draft'
import { removeActionResponsible, setActionResponsible } from '../../../../../shared/plan/mutations'
import { usePlan } from '../plan-context'

export function ResponsibleField({ actionId, label, responsible }: { actionId: string; label: string; responsible: readonly Person[] }) {
  const { doc, readOnly, members } = usePlan()
  const id = useId()
  const current = responsible.length === 1 ? (responsible[0]?.name ?? '') : ''
  const [value, setValue] = useState<string | null>(null)
  const commit = () => {
    if (value === null) return
    const name = value.trim()
    setValue(null)
    if (name === current && responsible.length <= 1) return
    const member = members.find((m) => m.displayName.toLowerCase() === name.toLowerCase())
    setActionResponsible(doc, actionId, name ? { key: member ? member.id : `name:${name.toLowerCase()}`, name: member?.displayName ?? name } : null)
  }
  return (
    <div className="plan-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        list={`${id}-members`}
        value={value ?? current}
        readOnly={readOnly}
        onChange={(e) => setValue(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            commit()
          }
        }}
        aria-describedby={responsible.length > 1 ? `${id}-conflict` : undefined}
      />
      <datalist id={`${id}-members`}>
        {members.map((m) => (
          <option key={m.id} value={m.displayName} />
        ))}
      </datalist>
      {responsible.length > 1 && (
        <div className="conflict" id={`${id}-conflict`}>
          <p>⚠ {responsible.length} people were assigned at once; an action has exactly one owner. Keep:</p>
          {!readOnly &&
            responsible.map((p) => (
              <button key={p.key} type="button" onClick={() => responsible.filter((o) => o.key !== p.key).forEach((o) => removeActionResponsible(doc, actionId, o.key))}>
                {p.name}
              </button>
            ))}
        </div>
      )}
    </div>
  )
}
