/** API failures as data, and the one place they become HTTP statuses. */
import type { Response } from 'express'
import type { ZodError } from 'zod'
import type { ApiError } from '../../shared/api/contract'
import type { StorageError } from '../storage/types'

export type ApiFailure =
  | { readonly kind: 'bad-request'; readonly message: string; readonly field?: string }
  | { readonly kind: 'unauthorized'; readonly message: string }
  | { readonly kind: 'forbidden'; readonly message: string }
  | { readonly kind: 'not-found'; readonly message: string }
  | { readonly kind: 'conflict'; readonly message: string }
  | { readonly kind: 'payload-too-large'; readonly message: string }
  | { readonly kind: 'unsupported-media-type'; readonly message: string }
  | { readonly kind: 'rate-limited'; readonly message: string }
  | { readonly kind: 'unavailable'; readonly message: string }

const STATUS = {
  'bad-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'rate-limited': 429,
  unavailable: 503,
} as const satisfies Record<ApiFailure['kind'], number>

export function sendFailure(res: Response, failure: ApiFailure): void {
  const body: ApiError = {
    error: { code: failure.kind, message: failure.message, ...('field' in failure && failure.field ? { field: failure.field } : {}) },
  }
  res.status(STATUS[failure.kind]).json(body)
}

/**
 * The first issue as a 400 that names its field: an unknown key names that key, and a body that is
 * not an object at all names `body`, so a client can always point at what to fix.
 */
export function fromZod(error: ZodError): ApiFailure {
  const issue = error.issues[0]
  if (!issue) return { kind: 'bad-request', field: 'body', message: 'body: invalid request' }
  const path = issue.path.map(String)
  if (issue.code === 'unrecognized_keys') {
    const field = [...path, issue.keys[0] ?? '?'].join('.')
    return { kind: 'bad-request', field, message: `${field}: unknown field (allowed fields are listed in the API contract)` }
  }
  const field = path.join('.') || 'body'
  return { kind: 'bad-request', field, message: `${field}: ${issue.message}` }
}

export function fromStorage(error: StorageError): ApiFailure {
  return { kind: 'unavailable', message: error.kind === 'corrupt' ? 'stored data is damaged; see the server log' : 'storage unavailable' }
}
