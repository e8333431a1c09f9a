/** One cause tag as a radio group (arrow keys choose), its source question as the hint, with a "Not set" choice. */
import { useId } from 'react'

interface Props<V extends string> {
  readonly name: string
  readonly legend: string
  readonly question?: string
  readonly values: Readonly<Record<V, string>>
  readonly value: V | undefined
  readonly disabled: boolean
  readonly onChange: (value: V | null) => void
  readonly unsetLabel?: string
}

const UNSET = '__unset'

export function TagRadios<V extends string>({ name, legend, question, values, value, disabled, onChange, unsetLabel = 'Not set' }: Props<V>) {
  const ids = useId()
  const options = [...(Object.keys(values) as V[]).map((v) => [v, values[v]] as const), [UNSET, unsetLabel] as const]
  return (
    <fieldset className="fb-tag" disabled={disabled} aria-describedby={question ? `${ids}-q` : undefined}>
      <legend>{legend}</legend>
      {question && (
        <p className="hint" id={`${ids}-q`}>
          {question}
        </p>
      )}
      <div className="fb-tag-options">
        {options.map(([v, label]) => (
          <label key={v}>
            <input
              type="radio"
              name={name}
              value={v}
              checked={(value ?? UNSET) === v}
              onChange={() => onChange(v === UNSET ? null : (v as V))}
            />{' '}
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
