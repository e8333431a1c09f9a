/**
 * A labelled textarea bound to a Y.Text: typing goes through the caller's named mutation, remote edits
 * arrive live without moving this person's caret, and Ctrl/Cmd+Z / Shift+Z use the section's undo
 * manager (only this person's own edits), since a controlled textarea has no useful native undo.
 */
import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react'
import type * as Y from 'yjs'
import { useYText, type Undo } from './hooks'

interface Props {
  readonly text: Y.Text
  readonly label: string
  readonly onChange: (value: string) => void
  readonly hint?: string
  readonly undo?: Undo
  readonly disabled?: boolean
  readonly rows?: number
  readonly placeholder?: string
}

type Delta = readonly { insert?: unknown; delete?: number; retain?: number }[]

/** Where `index` (in the old text) ends up after a remote change; an insert exactly at the caret stays after it. */
export function mapIndex(delta: Delta, index: number): number {
  let old = 0
  let shift = 0
  for (const op of delta) {
    if (old >= index) break
    if (op.retain !== undefined) old += op.retain
    else if (typeof op.insert === 'string') shift += op.insert.length
    else if (op.delete !== undefined) {
      shift -= Math.min(op.delete, index - old)
      old += op.delete
    }
  }
  return Math.max(0, index + shift)
}

export function YTextArea({ text, label, onChange, hint, undo, disabled, rows = 3, placeholder }: Props) {
  const id = useId()
  const value = useYText(text)
  const ref = useRef<HTMLTextAreaElement>(null)
  const pending = useRef<[number, number] | null>(null)

  useEffect(() => {
    const onEvent = (event: Y.YTextEvent) => {
      const el = ref.current
      if (!el || event.transaction.local || document.activeElement !== el) return
      const delta = event.delta as Delta
      pending.current = [mapIndex(delta, el.selectionStart), mapIndex(delta, el.selectionEnd)]
    }
    text.observe(onEvent)
    return () => text.unobserve(onEvent)
  }, [text])

  useLayoutEffect(() => {
    const el = ref.current
    if (el && pending.current) el.setSelectionRange(...pending.current)
    pending.current = null
  }, [value])

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!undo || !(e.ctrlKey || e.metaKey)) return
    const key = e.key.toLowerCase()
    if (key === 'z' && !e.shiftKey) undo.undo()
    else if ((key === 'z' && e.shiftKey) || key === 'y') undo.redo()
    else return
    e.preventDefault()
  }

  return (
    <div className="field rb-textfield">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        ref={ref}
        id={id}
        rows={rows}
        value={value}
        disabled={disabled}
        placeholder={placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  )
}
