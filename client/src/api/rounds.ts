/** The round actions a facilitator takes over REST: reveal a silent brainstorm, close a dot vote, see who has taken part. */
import { CloseVoteResponse, RevealResponse, RoundParticipation, ROUND_ROUTES } from '../../../shared/api/rounds'
import { call } from './http'

export const roundsApi = {
  reveal: (workspaceId: string, roundId: string, token: string) => call(RevealResponse, ROUND_ROUTES.reveal(workspaceId, roundId), { method: 'POST', body: {}, token }),
  close: (workspaceId: string, roundId: string, token: string) => call(CloseVoteResponse, ROUND_ROUTES.close(workspaceId, roundId), { method: 'POST', body: {}, token }),
  participation: (workspaceId: string, roundId: string, token: string) => call(RoundParticipation, ROUND_ROUTES.participation(workspaceId, roundId), { token }),
}
