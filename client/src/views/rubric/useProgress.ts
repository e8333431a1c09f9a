/** The facilitator's view of scoring progress, polled while shown (the server reads private documents). */
import { useCallback, useEffect, useState } from 'react'
import type { RubricProgress } from '../../../../shared/api/rubric'
import { rubricApi } from './api'

const POLL_MS = 3000

export function useProgress(workspaceId: string, token: string): { progress: RubricProgress | null; error: string | null; refresh: () => void } {
  const [progress, setProgress] = useState<RubricProgress | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [tick, setTick] = useState(0)
  const refresh = useCallback(() => setTick((t) => t + 1), [])

  useEffect(() => {
    let live = true
    const load = async () => {
      const r = await rubricApi.progress(workspaceId, token)
      if (!live) return
      if (r.ok) {
        setProgress(r.value)
        setError(null)
      } else setError(r.error.message)
    }
    void load()
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void load()
    }, POLL_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [workspaceId, token, tick])

  return { progress, error, refresh }
}
