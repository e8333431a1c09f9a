/** A YTextField with its own visible (or visually hidden) label and an optional hint it is described by. */
import { useId } from 'react'
import { YTextField, type YTextFieldProps } from './YTextField'

interface Props extends Omit<YTextFieldProps, 'label' | 'className'> {
  readonly label: string
  readonly hint?: string | undefined
  /** visually hidden label (e.g. inside a table whose column header says it) */
  readonly hideLabel?: boolean | undefined
  /** class of the wrapper around label, hint and field */
  readonly className?: string | undefined
}

export function LabelledYText({ label, hint, hideLabel, className = 'field', ...field }: Props) {
  const generated = useId()
  const id = field.id ?? generated
  const hintId = hint ? `${id}-hint` : undefined
  const describedBy = [hintId, field.describedBy].filter(Boolean).join(' ') || undefined
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <YTextField {...field} id={id} describedBy={describedBy} />
    </div>
  )
}
