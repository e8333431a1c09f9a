/** Wraps an async route so it returns a Result: success is sent as JSON, failure through sendFailure. */
import type { Request, RequestHandler, Response } from 'express'
import type * as z from 'zod'
import { err, ok, type Result } from '../../shared/result'
import { fromZod, sendFailure, type ApiFailure } from './errors'

export interface Reply {
  readonly status?: number
  readonly body: unknown
}

export function route(fn: (req: Request, res: Response) => Promise<Result<Reply, ApiFailure>>): RequestHandler {
  return (req, res, next) => {
    fn(req, res).then((result) => {
      if (res.headersSent) return
      if (result.ok) res.status(result.value.status ?? 200).json(result.value.body)
      else sendFailure(res, result.error)
    }, next)
  }
}

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): Result<z.infer<S>, ApiFailure> {
  const parsed = schema.safeParse(body ?? {})
  return parsed.success ? ok(parsed.data) : err(fromZod(parsed.error))
}

export function publicOrigin(req: Request, configured: string | undefined): string {
  return configured?.replace(/\/$/, '') ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`
}
