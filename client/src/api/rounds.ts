/** The round actions a facilitator takes over REST: reveal a silent brainstorm, close a dot vote. Failures are messages. */
import type { z } from 'zod'
import { ApiError } from '../../../shared/api/contract'
import { CloseVoteResponse, RevealResponse, ROUND_ROUTES } from '../../../shared/api/rounds'
import { err, ok, type Result } from '../../../shared/result'

async function post<S extends z.ZodType>(schema: S, path: string, token: string): Promise<Result<z.infer<S>, string>> {
  let res: Response
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    })
  } catch {
    return err('Cannot reach the server. Check your connection and try again.')
  }
  const json: unknown = await res.json().catch(() => undefined)
  if (!res.ok) {
    const failure = ApiError.safeParse(json)
    return err(failure.success ? failure.data.error.message : `The server answered ${res.status}.`)
  }
  const parsed = schema.safeParse(json)
  return parsed.success ? ok(parsed.data) : err('The server sent an unexpected answer.')
}

export const roundsApi = {
  reveal: (workspaceId: string, roundId: string, token: string) => post(RevealResponse, ROUND_ROUTES.reveal(workspaceId, roundId), token),
  close: (workspaceId: string, roundId: string, token: string) => post(CloseVoteResponse, ROUND_ROUTES.close(workspaceId, roundId), token),
}
