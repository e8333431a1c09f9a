/**
 * A textarea bound to a Y.Text. Local typing becomes the smallest insert/delete (so two people typing
 * in one field both keep their words); remote edits rewrite the value and move the caret with the
 * text around it. Uncontrolled on purpose: React never overwrites what the person is typing.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react'
import type * as Y from 'yjs'
import { ORIGINS } from '../../../../shared/doc/origin'
import { diffText, transformIndex, type TextDelta } from './text-diff'

interface Props {
  readonly text: Y.Text
  readonly label: string
  readonly readOnly?: boolean
  readonly placeholder?: string
  readonly rows?: number
  readonly className?: string
  readonly describedBy?: string
  /** `data-focus` key so the board can move focus here after a re-render */
  readonly focusKey?: string
  readonly onKeyDown?: (e: KeyboardEvent<HTMLTextAreaElement>) => void
}

export function YTextField({ text, label, readOnly, placeholder, rows = 2, className, describedBy, focusKey, onKeyDown }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null)
  const composing = useRef(false)

  useEffect(() => {
    const el = ref.current
    if (!el) return
    el.value = text.toString()
    const onRemote = (event: Y.YTextEvent) => {
      const next = text.toString()
      if (el.value === next) return // our own edit, already on screen
      const focused = document.activeElement === el
      const { selectionStart, selectionEnd, selectionDirection } = el
      el.value = next
      if (focused) {
        const delta = event.delta as TextDelta
        el.setSelectionRange(transformIndex(selectionStart, delta), transformIndex(selectionEnd, delta), selectionDirection)
      }
    }
    text.observe(onRemote)
    return () => text.unobserve(onRemote)
  }, [text])

  const commit = () => {
    const el = ref.current
    if (!el || readOnly || composing.current) return
    const edit = diffText(text.toString(), el.value, el.selectionEnd)
    if (edit.remove === 0 && edit.insert === '') return
    text.doc?.transact(() => {
      if (edit.remove > 0) text.delete(edit.index, edit.remove)
      if (edit.insert !== '') text.insert(edit.index, edit.insert)
    }, ORIGINS.localUser)
  }

  return (
    <textarea
      ref={ref}
      aria-label={label}
      aria-describedby={describedBy}
      className={className}
      rows={rows}
      placeholder={placeholder}
      readOnly={readOnly}
      data-focus={focusKey}
      onInput={commit}
      onCompositionStart={() => (composing.current = true)}
      onCompositionEnd={() => {
        composing.current = false
        commit()
      }}
      onKeyDown={onKeyDown}
    />
  )
}
