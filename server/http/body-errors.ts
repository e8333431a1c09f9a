/**
 * The last error handler: body-parser and content-encoding failures are the client's fault, so
 * they answer 400/413/415 with a message and log one line (no stack trace). Anything else is ours:
 * logged in full, answered 503 "internal error".
 */
import type { ErrorRequestHandler } from 'express'
import { sendFailure, type ApiFailure } from './errors'

interface HttpError {
  readonly type?: string
  readonly status?: number
  readonly expose?: boolean
  readonly message?: string
}

const CLIENT_ERRORS: Record<string, ApiFailure> = {
  'entity.parse.failed': { kind: 'bad-request', field: 'body', message: 'body: the request body is not valid JSON' },
  'entity.too.large': { kind: 'payload-too-large', message: 'the request body is too large' },
  'encoding.unsupported': { kind: 'unsupported-media-type', message: 'unsupported Content-Encoding: send identity, gzip or deflate' },
  'charset.unsupported': { kind: 'unsupported-media-type', message: 'unsupported charset: send the JSON body as UTF-8' },
  'request.aborted': { kind: 'bad-request', message: 'the request was aborted before its body arrived' },
  'request.size.invalid': { kind: 'bad-request', message: 'the request body does not match its Content-Length' },
  'stream.encoding.set': { kind: 'bad-request', message: 'the request body could not be read' },
}

export function bodyErrors(log: (message: string) => void): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const e = (typeof error === 'object' && error !== null ? error : {}) as HttpError
    const known = e.type ? CLIENT_ERRORS[e.type] : undefined
    // zlib failures (an invalid gzip or deflate body) surface as a 400 with no type
    const failure: ApiFailure | undefined =
      known ?? (e.status !== undefined && e.status >= 400 && e.status < 500 && e.expose ? { kind: 'bad-request', message: 'the request body could not be decoded' } : undefined)
    if (failure) {
      log(`refused ${req.method} ${req.path} (${failure.kind}): ${e.type ?? e.message ?? 'bad body'}`)
      return sendFailure(res, failure)
    }
    log(`unhandled request error on ${req.method} ${req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    sendFailure(res, { kind: 'unavailable', message: 'internal error' })
  }
}
