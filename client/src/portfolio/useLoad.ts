/** Loads one API call for a component: the value, or the error message, and a way to reload. */
import { useCallback, useEffect, useState } from 'react'
import type { Result } from '../../../shared/result'
import type { ClientError } from '../api/client'

export type Loaded<T> = { readonly state: 'loading' } | { readonly state: 'ready'; readonly value: T } | { readonly state: 'failed'; readonly error: ClientError }

export function useLoad<T>(load: () => Promise<Result<T, ClientError>>, deps: readonly unknown[]): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' })
  const [round, setRound] = useState(0)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the call depends on
  const stable = useCallback(load, deps)
  useEffect(() => {
    let live = true
    void stable().then((r) => {
      if (live) setLoaded(r.ok ? { state: 'ready', value: r.value } : { state: 'failed', error: r.error })
    })
    return () => {
      live = false
    }
  }, [stable, round])
  return [loaded, () => setRound((n) => n + 1)]
}
