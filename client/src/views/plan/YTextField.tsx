/**
 * A labelled input or textarea bound to one Y.Text. Uncontrolled on purpose: local typing goes
 * straight into the Y.Text (only the changed part), and a remote edit or an undo rewrites the box
 * while keeping the caret next to the text it was next to.
 */
import { useEffect, useId, useRef } from 'react'
import * as Y from 'yjs'
import { replaceText } from '../../../../shared/doc/plan'
import { ORIGINS } from '../../../../shared/doc/origin'
import { transformIndex } from './caret'

interface Props {
  readonly text: Y.Text | null
  readonly label: string
  /** visually hidden label (e.g. inside a table whose column header says it) */
  readonly hideLabel?: boolean
  readonly hint?: string
  readonly multiline?: boolean
  readonly readOnly: boolean
  readonly placeholder?: string
  readonly autoFocus?: boolean
  readonly className?: string
}

export function YTextField({ text, label, hideLabel, hint, multiline, readOnly, placeholder, autoFocus, className }: Props) {
  const id = useId()
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null)

  useEffect(() => {
    const el = ref.current
    if (!el || !text) return
    el.value = text.toString()
    const onChange = (event: Y.YTextEvent) => {
      const value = text.toString()
      if (el.value === value) return
      const focused = document.activeElement === el
      const [start, end] = [el.selectionStart ?? 0, el.selectionEnd ?? 0].map((i) => transformIndex(i, event.delta))
      el.value = value
      if (focused) el.setSelectionRange(start ?? 0, end ?? 0)
    }
    text.observe(onChange)
    return () => text.unobserve(onChange)
  }, [text])

  useEffect(() => {
    if (autoFocus) ref.current?.focus()
  }, [autoFocus])

  const onInput = () => {
    const el = ref.current
    if (!el || !text || readOnly) return
    const doc = text.doc
    if (doc) doc.transact(() => replaceText(text, el.value), ORIGINS.localUser)
  }

  const hintId = hint ? `${id}-hint` : undefined
  const common = {
    id,
    ref,
    readOnly: readOnly || !text,
    onInput,
    placeholder,
    'aria-describedby': hintId,
    defaultValue: text?.toString() ?? '',
  }
  return (
    <div className={`plan-field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
    </div>
  )
}
