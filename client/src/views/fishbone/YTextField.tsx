/**
 * A text input or textarea bound to a Y.Text: each keystroke becomes the smallest insert/delete on
 * the shared text (so two people typing in one field both keep their words), and remote edits are
 * applied in place with the caret carried through them.
 */
import { useEffect, useRef, type KeyboardEvent, type Ref } from 'react'
import type * as Y from 'yjs'
import { ORIGINS } from '../../../../shared/doc/origin'
import { diffText, transformIndex, type DeltaOp } from './text-diff'

type Field = HTMLInputElement | HTMLTextAreaElement

interface Props {
  readonly text: Y.Text | undefined
  readonly id: string
  readonly multiline?: boolean
  readonly readOnly?: boolean
  readonly placeholder?: string
  readonly className?: string
  readonly describedBy?: string
  readonly label?: string
  readonly onKeyDown?: (e: KeyboardEvent<Field>) => void
  readonly fieldRef?: Ref<Field | null>
}

export function YTextField({ text, id, multiline, readOnly, placeholder, className, describedBy, label, onKeyDown, fieldRef }: Props) {
  const ref = useRef<Field | null>(null)

  useEffect(() => {
    const el = ref.current
    if (!el || !text) return
    el.value = text.toString()
    const onChange = (event: Y.YTextEvent) => {
      const next = text.toString()
      if (el.value === next) return
      const focused = document.activeElement === el
      const start = el.selectionStart ?? 0
      const end = el.selectionEnd ?? 0
      el.value = next
      if (focused) {
        const delta = event.delta as DeltaOp[]
        el.setSelectionRange(transformIndex(start, delta), transformIndex(end, delta))
      }
    }
    text.observe(onChange)
    return () => text.unobserve(onChange)
  }, [text])

  const onInput = () => {
    const el = ref.current
    if (!el || !text || readOnly) return
    const edit = diffText(text.toString(), el.value)
    if (!edit) return
    const apply = () => {
      if (edit.remove > 0) text.delete(edit.index, edit.remove)
      if (edit.insert) text.insert(edit.index, edit.insert)
    }
    if (text.doc) text.doc.transact(apply, ORIGINS.localUser)
    else apply()
  }

  const setRef = (el: Field | null) => {
    ref.current = el
    if (typeof fieldRef === 'function') fieldRef(el)
    else if (fieldRef) (fieldRef as { current: Field | null }).current = el
  }
  const common = {
    id,
    className,
    placeholder,
    readOnly: readOnly || !text,
    'aria-describedby': describedBy,
    'aria-label': label,
    // tells the view's Ctrl+Z handler that this field's history is the shared document's
    'data-ytext': true,
    defaultValue: text?.toString() ?? '',
    onInput,
    onKeyDown,
  }
  return multiline ? <textarea ref={setRef} rows={3} {...common} /> : <input ref={setRef} type="text" {...common} />
}
