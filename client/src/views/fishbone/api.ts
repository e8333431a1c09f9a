/** The one REST call the fishbone view makes: a facilitator closes a dot vote and the server tallies it. */
import { ApiError } from '../../../../shared/api/contract'
import { CloseVoteResponse, ROUND_ROUTES } from '../../../../shared/api/rounds'
import { err, ok, type Result } from '../../../../shared/result'

export async function closeVote(workspaceId: string, roundId: string, token: string): Promise<Result<CloseVoteResponse, string>> {
  let res: Response
  try {
    res = await fetch(ROUND_ROUTES.close(workspaceId, roundId), {
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
  const parsed = CloseVoteResponse.safeParse(json)
  return parsed.success ? ok(parsed.data) : err('The server sent an unexpected answer.')
}
