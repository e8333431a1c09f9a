/** Typed calls to the rubric routes (facilitator actions); responses are parsed with the shared contract. */
import type { z } from 'zod'
import { ApiError } from '../../../../shared/api/contract'
import { RevealResult, RubricProgress, RUBRIC_ROUTES, type DomainSelection } from '../../../../shared/api/rubric'
import { err, ok, type Result } from '../../../../shared/result'

export interface CallError {
  readonly status: number
  readonly message: string
}

async function call<S extends z.ZodType>(schema: S, path: string, token: string, body?: unknown): Promise<Result<z.infer<S>, CallError>> {
  let res: Response
  try {
    res = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { accept: 'application/json', authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  } catch {
    return err({ status: 0, message: 'Cannot reach the server. Check your connection and try again.' })
  }
  const json: unknown = await res.json().catch(() => undefined)
  if (!res.ok) {
    const failure = ApiError.safeParse(json)
    return err({ status: res.status, message: failure.success ? failure.data.error.message : `The server answered ${res.status}.` })
  }
  const parsed = schema.safeParse(json)
  return parsed.success ? ok(parsed.data) : err({ status: res.status, message: 'The server sent an unexpected answer.' })
}

export const rubricApi = {
  progress: (workspaceId: string, token: string) => call(RubricProgress, RUBRIC_ROUTES.progress(workspaceId), token),
  reveal: (workspaceId: string, token: string, domains: DomainSelection) => call(RevealResult, RUBRIC_ROUTES.reveal(workspaceId), token, { domains }),
  reopen: (workspaceId: string, token: string, domains: DomainSelection) => call(RevealResult, RUBRIC_ROUTES.reopen(workspaceId), token, { domains }),
}
