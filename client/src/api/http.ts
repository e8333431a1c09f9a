/**
 * The one HTTP client: `call(schema, route, { method, body, token })` → `Result<T, HttpError>`.
 * Every response is parsed with its shared zod schema; a network failure, an error status or an
 * unexpected answer is a value, never a throw. `request` is the same for bodies that are not JSON.
 */
import type * as z from 'zod'
import { ApiError } from '../../../shared/api/contract'
import { err, ok, type Result } from '../../../shared/result'

export interface HttpError {
  /** 0 when the server could not be reached */
  readonly status: number
  readonly message: string
  /** the request field the server rejected, when it names one */
  readonly field?: string
}

export interface CallOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** sent as JSON */
  readonly body?: unknown
  /** the member token, sent as a bearer token */
  readonly token?: string
  /** skip caches (e.g. the server clock) */
  readonly noStore?: boolean
  /** what the answer should be when it is not JSON (a CSV download) */
  readonly accept?: string
}

const UNREACHABLE: HttpError = { status: 0, message: 'Cannot reach the server. Check your connection and try again.' }

export async function request(route: string, options: CallOptions = {}): Promise<Result<Response, HttpError>> {
  const headers: Record<string, string> = { accept: options.accept ?? 'application/json' }
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  if (options.token) headers.authorization = `Bearer ${options.token}`
  let res: Response
  try {
    res = await fetch(route, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      ...(options.noStore ? { cache: 'no-store' as const } : {}),
    })
  } catch {
    return err(UNREACHABLE)
  }
  if (res.ok) return ok(res)
  const failure = ApiError.safeParse(await res.json().catch(() => undefined))
  return err(failure.success ? { status: res.status, ...failure.data.error } : { status: res.status, message: `The server answered ${res.status}.` })
}

export async function call<S extends z.ZodType>(schema: S, route: string, options: CallOptions = {}): Promise<Result<z.infer<S>, HttpError>> {
  const res = await request(route, options)
  if (!res.ok) return res
  const parsed = schema.safeParse(await res.value.json().catch(() => undefined))
  return parsed.success ? ok(parsed.data) : err({ status: res.value.status, message: 'The server sent an unexpected answer.' })
}
