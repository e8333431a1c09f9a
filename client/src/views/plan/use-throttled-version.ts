/**
 * A change counter for a set of documents, bumped at once on the first change and then at most every
 * `ms` while changes keep coming (the last one always lands). The plan model is recomputed on it, so
 * fast typing anywhere on the board costs a few recomputes a second, not one per keystroke.
 */
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'

export function useThrottledVersion(docs: readonly Y.Doc[], ms: number): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let last = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const bump = () => {
      last = Date.now()
      timer = undefined
      setVersion((v) => v + 1)
    }
    const onUpdate = () => {
      if (timer !== undefined) return
      const wait = last + ms - Date.now()
      if (wait <= 0) bump()
      else timer = setTimeout(bump, wait)
    }
    for (const d of docs) d.on('update', onUpdate)
    return () => {
      for (const d of docs) d.off('update', onUpdate)
      if (timer !== undefined) clearTimeout(timer)
    }
    // the documents are stable for the life of the view
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ms, ...docs])
  return version
}
