/** Facilitation's REST calls: the server clock (no auth), on the one HTTP client. */
import * as z from 'zod'
import { API } from '../../../shared/api/routes'
import { call } from '../api/http'

const ServerTime = z.object({ now: z.number().finite() })

/** The server's clock in ms, or null when the server cannot be reached or answers nonsense. */
export async function fetchServerTime(): Promise<number | null> {
  const r = await call(ServerTime, API.time, { noStore: true })
  return r.ok ? r.value.now : null
}
