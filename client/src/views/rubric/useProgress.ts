/** The facilitator's view of scoring progress, polled while shown (the server reads private documents). */
import { useCallback, useState } from 'react'
import type { RubricProgress } from '../../../../shared/api/rubric'
import { usePolled } from '../../ui/use-polled'
import { rubricApi } from './api'

const POLL_MS = 3000

export function useProgress(workspaceId: string, token: string): { progress: RubricProgress | null; error: string | null; refresh: () => void } {
  const [progress, setProgress] = useState<RubricProgress | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [tick, setTick] = useState(0)
  const refresh = useCallback(() => setTick((t) => t + 1), [])

  usePolled(
    async (isLive) => {
      const r = await rubricApi.progress(workspaceId, token)
      if (!isLive()) return
      if (r.ok) {
        setProgress(r.value)
        setError(null)
      } else setError(r.error.message)
    },
    [workspaceId, token, tick],
    POLL_MS,
  )

  return { progress, error, refresh }
}
