/** Typed calls to the rubric routes (facilitator actions), on the one HTTP client. */
import { RevealResult, RubricProgress, RUBRIC_ROUTES, type DomainSelection } from '../../../../shared/api/rubric'
import { call } from '../../api/http'

export const rubricApi = {
  progress: (workspaceId: string, token: string) => call(RubricProgress, RUBRIC_ROUTES.progress(workspaceId), { token }),
  reveal: (workspaceId: string, token: string, domains: DomainSelection) => call(RevealResult, RUBRIC_ROUTES.reveal(workspaceId), { token, body: { domains } }),
  reopen: (workspaceId: string, token: string, domains: DomainSelection) => call(RevealResult, RUBRIC_ROUTES.reopen(workspaceId), { token, body: { domains } }),
}
