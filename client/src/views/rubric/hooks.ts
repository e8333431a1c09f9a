/**
 * The live string of one Y.Text, for the rubric's evidence summaries.
 */
import { useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

/** The text's current value; re-renders only when this text changes. */
export function useYText(text: Y.Text): string {
  return useSyncExternalStore(
    (onChange) => {
      text.observe(onChange)
      return () => text.unobserve(onChange)
    },
    () => text.toString(),
  )
}
