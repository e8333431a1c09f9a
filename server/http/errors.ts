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
  | { readonly kind: 'unavailable'; readonly message: string }

const STATUS = {
  'bad-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unavailable: 503,
} as const satisfies Record<ApiFailure['kind'], number>

export function sendFailure(res: Response, failure: ApiFailure): void {
  const body: ApiError = {
    error: { code: failure.kind, message: failure.message, ...('field' in failure && failure.field ? { field: failure.field } : {}) },
  }
  res.status(STATUS[failure.kind]).json(body)
}

export function fromZod(error: ZodError): ApiFailure {
  const issue = error.issues[0]
  const field = issue?.path.map(String).join('.') || undefined
  const message = issue ? (field ? `${field}: ${issue.message}` : issue.message) : 'invalid request'
  return { kind: 'bad-request', message, ...(field ? { field } : {}) }
}

export function fromStorage(error: StorageError): ApiFailure {
  return { kind: 'unavailable', message: error.kind === 'corrupt' ? 'stored data is damaged; see the server log' : 'storage unavailable' }
}
