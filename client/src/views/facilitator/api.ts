/** Facilitation's REST calls: the server clock (no auth). Parsed with zod like every other response. */
import { API } from '../../../../shared/api/routes'
import { z } from 'zod'

const ServerTime = z.object({ now: z.number().finite() })
export const TIME_ROUTE = API.time

/** The server's clock in ms, or null when the server cannot be reached or answers nonsense. */
export async function fetchServerTime(): Promise<number | null> {
  try {
    const res = await fetch(TIME_ROUTE, { cache: 'no-store', headers: { accept: 'application/json' } })
    if (!res.ok) return null
    const parsed = ServerTime.safeParse(await res.json())
    return parsed.success ? parsed.data.now : null
  } catch {
    return null
  }
}
