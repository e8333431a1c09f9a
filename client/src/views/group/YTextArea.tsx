/**
 * A textarea bound to a Y.Text: local typing becomes the smallest insert/delete (so concurrent
 * typing merges); remote changes update the value and carry the caret through them.
 */
import { useEffect, useRef, type TextareaHTMLAttributes } from 'react'
import * as Y from 'yjs'
import { ORIGINS } from '../../../../shared/doc/origin'

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'defaultValue'> & { readonly text: Y.Text }

/** The one edit turning `before` into `after`: common prefix and suffix kept. */
export function diffText(before: string, after: string): { index: number; remove: number; insert: string } {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let end = 0
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) }
}

/** Where a caret at `pos` (old text) sits after a remote change; text inserted at the caret goes after it. */
export function moveCaret(delta: Y.YTextEvent['delta'], pos: number): number {
  let old = 0
  let moved = pos
  for (const op of delta) {
    if (op.retain !== undefined) old += op.retain
    else if (op.insert !== undefined) {
      if (old < pos) moved += typeof op.insert === 'string' ? op.insert.length : 1
    } else if (op.delete !== undefined) {
      if (old < pos) moved -= Math.min(op.delete, pos - old)
      old += op.delete
    }
  }
  return moved
}

export function YTextArea({ text, ...rest }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    el.value = text.toString()
    const onRemote = (event: Y.YTextEvent, tx: Y.Transaction) => {
      if (tx.local && tx.origin === ORIGINS.localUser) return
      const focused = document.activeElement === el
      const [start, end] = [el.selectionStart, el.selectionEnd]
      el.value = text.toString()
      if (focused) el.setSelectionRange(moveCaret(event.delta, start), moveCaret(event.delta, end))
    }
    text.observe(onRemote)
    return () => text.unobserve(onRemote)
  }, [text])
  return (
    <textarea
      ref={ref}
      {...rest}
      onInput={(e) => {
        const next = e.currentTarget.value
        const { index, remove, insert } = diffText(text.toString(), next)
        if (remove === 0 && insert === '') return
        text.doc?.transact(() => {
          if (remove > 0) text.delete(index, remove)
          if (insert) text.insert(index, insert)
        }, ORIGINS.localUser)
      }}
    />
  )
}
