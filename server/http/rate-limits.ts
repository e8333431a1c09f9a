/**
 * REST abuse limits (express-rate-limit, fixed windows, in memory per instance): per client IP on
 * the unauthenticated routes (create, join, invite preview), per invite link on join, and per
 * member token on everything that changes state or mints a sync ticket. A refused request gets
 * 429, `Retry-After` (seconds) and the usual error body. Keys are hashes, never raw secrets.
 */
import { createHash } from 'node:crypto'
import type { Request, RequestHandler } from 'express'
import { ipKeyGenerator, rateLimit } from 'express-rate-limit'
import type { Config } from '../config'
import { bearerToken } from './auth'
import { sendFailure } from './errors'

export type RateConfig = Pick<
  Config,
  'RATE_WINDOW_SECONDS' | 'RATE_CREATE_PER_IP' | 'RATE_JOIN_PER_IP' | 'RATE_JOIN_PER_INVITE' | 'RATE_PREVIEW_PER_IP' | 'RATE_ACTIONS_PER_TOKEN' | 'RATE_TICKETS_PER_TOKEN'
>

const digest = (s: string) => createHash('sha256').update(s).digest('base64url').slice(0, 22)
const byIp = (req: Request) => `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`
const byToken = (req: Request) => {
  const token = bearerToken(req)
  return token ? `token:${digest(token)}` : byIp(req)
}
const byInvite = (req: Request) => {
  const invite: unknown = (req.body as { invite?: unknown } | undefined)?.invite
  return typeof invite === 'string' ? `invite:${digest(invite)}` : byIp(req)
}

export interface RateLimits {
  readonly create: RequestHandler
  readonly join: RequestHandler[]
  readonly preview: RequestHandler
  readonly tickets: RequestHandler
  /** state-changing member requests (server actions, invites, roles, removal) */
  readonly actions: RequestHandler
}

export function rateLimits(config: RateConfig): RateLimits {
  const windowMs = config.RATE_WINDOW_SECONDS * 1000
  const limiter = (what: string, limit: number, keyGenerator: (req: Request) => string, skip?: (req: Request) => boolean) =>
    rateLimit({
      windowMs,
      limit,
      keyGenerator,
      ...(skip ? { skip } : {}),
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      handler: (req, res) => {
        const reset = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime
        const seconds = Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000))
        res.set('retry-after', String(seconds))
        sendFailure(res, { kind: 'rate-limited', message: `too many ${what}: try again in ${seconds} seconds` })
      },
    })
  const safe = (req: Request) => req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS'
  return {
    create: limiter('new workspaces from this address', config.RATE_CREATE_PER_IP, byIp),
    join: [limiter('joins from this address', config.RATE_JOIN_PER_IP, byIp), limiter('joins with this invite link', config.RATE_JOIN_PER_INVITE, byInvite)],
    preview: limiter('invite checks from this address', config.RATE_PREVIEW_PER_IP, byIp),
    tickets: limiter('sync tickets for this sign-in', config.RATE_TICKETS_PER_TOKEN, byToken),
    actions: limiter('requests for this sign-in', config.RATE_ACTIONS_PER_TOKEN, byToken, (req) => safe(req) || !bearerToken(req)),
  }
}
