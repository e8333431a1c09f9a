/**
 * An input or textarea bound to one Y.Text. Uncontrolled on purpose: local typing becomes the smallest
 * insert/delete (so two people typing in one field both keep their words), and a remote edit or an undo
 * rewrites the box with the caret kept next to the text it was next to. React never overwrites typing.
 * A paste too large for the connection's frame limit is refused before it reaches the Y.Text: the
 * box goes back to the shared text and the person is told why.
 */
import { useCallback, useEffect, useRef, type KeyboardEvent, type Ref } from 'react'
import type * as Y from 'yjs'
import { ORIGINS } from '../../../shared/doc/origin'
import { utf8Length } from '../../../shared/sync/frame-budget'
import { frameGuardOf, tooLargeMessage } from '../workspace/frame-guard'
import { diffText, transformIndex } from './text-binding'

export type YTextElement = HTMLInputElement | HTMLTextAreaElement

export interface YTextFieldProps {
  /** null/undefined while the text does not exist yet: the field shows empty and read-only */
  readonly text: Y.Text | null | undefined
  readonly id?: string | undefined
  /** accessible name (aria-label); leave out when a <label for> names the field (see LabelledYText) */
  readonly label?: string | undefined
  readonly multiline?: boolean | undefined
  /** textarea height; only with `multiline` */
  readonly rows?: number | undefined
  readonly readOnly?: boolean | undefined
  readonly disabled?: boolean | undefined
  readonly placeholder?: string | undefined
  readonly className?: string | undefined
  readonly describedBy?: string | undefined
  readonly autoFocus?: boolean | undefined
  readonly onKeyDown?: ((e: KeyboardEvent<YTextElement>) => void) | undefined
  readonly fieldRef?: Ref<YTextElement | null> | undefined
  /** `data-focus` key so a view can move focus here after a re-render */
  readonly focusKey?: string | undefined
}

export function YTextField({
  text,
  id,
  label,
  multiline,
  rows = 2,
  readOnly,
  disabled,
  placeholder,
  className,
  describedBy,
  autoFocus,
  onKeyDown,
  fieldRef,
  focusKey,
}: YTextFieldProps) {
  const ref = useRef<YTextElement | null>(null)
  // an IME builds a character over several input events; only the finished one is written
  const composing = useRef(false)

  useEffect(() => {
    const el = ref.current
    if (!el || !text) return
    el.value = text.toString()
    const onChange = (event: Y.YTextEvent) => {
      const next = text.toString()
      if (el.value === next) return // our own keystroke, already on screen
      const focused = document.activeElement === el
      const { selectionStart, selectionEnd, selectionDirection } = el
      el.value = next
      if (focused && selectionStart !== null && selectionEnd !== null) {
        el.setSelectionRange(transformIndex(selectionStart, event.delta), transformIndex(selectionEnd, event.delta), selectionDirection ?? undefined)
      }
    }
    text.observe(onChange)
    return () => text.unobserve(onChange)
  }, [text])

  useEffect(() => {
    if (autoFocus) ref.current?.focus()
  }, [autoFocus])

  const commit = () => {
    const el = ref.current
    if (!el || !text || readOnly || disabled || composing.current) return
    const edit = diffText(text.toString(), el.value, el.selectionEnd ?? undefined)
    if (!edit) return
    const guard = frameGuardOf(text.doc)
    const bytes = utf8Length(edit.insert)
    if (guard && bytes > guard.editBudget) {
      const caret = edit.index
      el.value = text.toString()
      el.setSelectionRange(caret, caret)
      guard.refuse(tooLargeMessage('This text', bytes, guard.editBudget))
      return
    }
    const write = () => {
      if (edit.remove > 0) text.delete(edit.index, edit.remove)
      if (edit.insert !== '') text.insert(edit.index, edit.insert)
    }
    if (text.doc) text.doc.transact(write, ORIGINS.localUser)
    else write()
  }

  const setRef = useCallback(
    (el: YTextElement | null) => {
      ref.current = el
      if (typeof fieldRef === 'function') fieldRef(el)
      else if (fieldRef) fieldRef.current = el
    },
    [fieldRef],
  )

  const common = {
    id,
    className,
    placeholder,
    disabled,
    readOnly: readOnly || !text,
    'aria-label': label,
    'aria-describedby': describedBy,
    'data-focus': focusKey,
    // tells a view's Ctrl+Z handler that this field's history is the shared document's
    'data-ytext': true,
    defaultValue: text?.toString() ?? '',
    onInput: commit,
    onCompositionStart: () => (composing.current = true),
    onCompositionEnd: () => {
      composing.current = false
      commit()
    },
    onKeyDown,
  }
  return multiline ? <textarea ref={setRef} rows={rows} {...common} /> : <input ref={setRef} type="text" {...common} />
}
