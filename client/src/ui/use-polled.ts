/**
 * Loads now and then every `ms` while the tab is visible, until unmounted or `key` changes; a
 * result that arrives after that is dropped. For answers only the server can compute from
 * documents the client may not read (scoring progress, round participation).
 */
import { useEffect } from 'react'

export function usePolled(load: (isLive: () => boolean) => Promise<void>, key: readonly unknown[], ms: number): void {
  useEffect(() => {
    let live = true
    const isLive = () => live
    void load(isLive)
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void load(isLive)
    }, ms)
    return () => {
      live = false
      clearInterval(timer)
    }
    // the caller names what the poll depends on; `load` is a fresh closure every render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...key, ms])
}
