/**
 * REST abuse limits (express-rate-limit, fixed windows; in memory on one instance, in Redis shared by
 * every instance of a cluster, so a limit is per client, not per instance): per client IP on
 * the unauthenticated routes (create, join, invite preview), per invite link on join, and per
 * member token on everything that changes state or mints a sync ticket. A refused request gets
 * 429, `Retry-After` (seconds) and the usual error body. Keys are hashes, never raw secrets.
 */
import { createHash } from 'node:crypto'
import type { Request, RequestHandler } from 'express'
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit'
import { RedisStore } from 'rate-limit-redis'
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

const keyName = (what: string) => what.replace(/[^a-z]+/g, '-')

/** one Redis-backed store per limiter, keys under `rootwork:rl:<limiter>:` */
export const brokerStores =
  (sendCommand: (...args: string[]) => Promise<boolean | number | string | (boolean | number | string)[]>): RateStores =>
  (name) =>
    new RedisStore({ sendCommand, prefix: `rootwork:rl:${name}:` })

export interface RateLimits {
  readonly create: RequestHandler
  readonly join: RequestHandler[]
  readonly preview: RequestHandler
  readonly tickets: RequestHandler
  /** state-changing member requests (server actions, invites, roles, removal) */
  readonly actions: RequestHandler
}

/** a counter store for one limiter, shared by every instance (undefined: this process's memory) */
export type RateStores = (name: string) => Store

export function rateLimits(config: RateConfig, stores?: RateStores): RateLimits {
  const windowMs = config.RATE_WINDOW_SECONDS * 1000
  const limiter = (what: string, limit: number, keyGenerator: (req: Request) => string, skip?: (req: Request) => boolean) =>
    rateLimit({
      windowMs,
      limit,
      keyGenerator,
      // a broker outage must not take the REST API down with it: count nothing until it is back
      ...(stores ? { store: stores(keyName(what)), passOnStoreError: true } : {}),
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
