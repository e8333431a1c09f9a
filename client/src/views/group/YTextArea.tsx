/**
 * A textarea bound to a Y.Text: local typing becomes the smallest insert/delete (so concurrent
 * typing merges); remote changes update the value and carry the caret through them.
 */
import { useEffect, useRef, type TextareaHTMLAttributes } from 'react'
import * as Y from 'yjs'
import { ORIGINS } from '../../../../shared/doc/origin'
import { diffText, moveCaret } from './text-diff'

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'defaultValue'> & { readonly text: Y.Text }

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
