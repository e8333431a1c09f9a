import { STAKEHOLDER_ROLES, type StakeholderRole } from '../../../shared/auth/roles'

export function StakeholderSelect(props: {
  id: string
  describedBy?: string | undefined
  value: StakeholderRole | ''
  onChange: (v: StakeholderRole) => void
  required?: boolean
  invalid?: boolean
}) {
  return (
    <select
      id={props.id}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid ? true : undefined}
      value={props.value}
      required={props.required}
      onChange={(e) => props.onChange(e.target.value as StakeholderRole)}
    >
      <option value="" disabled>
        Choose your role…
      </option>
      {Object.entries(STAKEHOLDER_ROLES).map(([id, label]) => (
        <option key={id} value={id}>
          {label}
        </option>
      ))}
    </select>
  )
}
