/**
 * The coach session: a random 256-bit token in an HttpOnly, SameSite=Lax cookie (Secure and
 * `__Host-` prefixed when the site is served over https), stored only as its SHA-256 hash.
 * CSRF: Lax keeps the cookie off cross-site POSTs, and every state-changing request that relies on
 * the cookie must also come from our own origin (Origin header, or Sec-Fetch-Site: same-origin).
 */
import type { Request, Response } from 'express'
import { err, ok, type Result } from '../../shared/result'
import { hashToken, newMemberToken } from '../auth/tokens'
import { fromStorage, type ApiFailure } from '../http/errors'
import type { OriginCheck } from '../http/origins'
import type { CoachRow, OrgStore } from './store'

export interface SessionDeps {
  readonly store: OrgStore
  readonly publicUrl: string | undefined
  readonly now: () => Date
  readonly sessionHours: number
}

/** https when the configured public URL says so, or the request arrived over TLS (via a trusted proxy) */
export const isSecure = (req: Request, publicUrl: string | undefined): boolean => (publicUrl ? publicUrl.startsWith('https:') : req.secure)
export const sessionCookieName = (secure: boolean): string => (secure ? '__Host-rootwork_coach' : 'rootwork_coach')
export const LOGIN_COOKIE = 'rootwork_login'

export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim()
      return /^[A-Za-z0-9_-]{16,200}$/.test(value) ? value : undefined
    }
  }
  return undefined
}

export function setCookie(res: Response, name: string, value: string, opts: { secure: boolean; maxAgeMs: number; path?: string }): void {
  res.cookie(name, value, { httpOnly: true, secure: opts.secure, sameSite: 'lax', path: opts.path ?? '/', maxAge: opts.maxAgeMs })
}

export function clearCookie(res: Response, name: string, opts: { secure: boolean; path?: string }): void {
  res.clearCookie(name, { httpOnly: true, secure: opts.secure, sameSite: 'lax', path: opts.path ?? '/' })
}

export async function startSession(deps: SessionDeps, req: Request, res: Response, coachId: string): Promise<Result<void, ApiFailure>> {
  const token = newMemberToken()
  const now = deps.now()
  const maxAgeMs = deps.sessionHours * 3600_000
  const saved = await deps.store.createSession(hashToken(token), coachId, now.toISOString(), new Date(now.getTime() + maxAgeMs).toISOString())
  if (!saved.ok) return err(fromStorage(saved.error))
  const secure = isSecure(req, deps.publicUrl)
  setCookie(res, sessionCookieName(secure), token, { secure, maxAgeMs })
  return ok(undefined)
}

export async function endSession(deps: SessionDeps, req: Request, res: Response): Promise<Result<void, ApiFailure>> {
  const secure = isSecure(req, deps.publicUrl)
  const token = readCookie(req, sessionCookieName(secure))
  if (token) {
    const deleted = await deps.store.deleteSession(hashToken(token))
    if (!deleted.ok) return err(fromStorage(deleted.error))
  }
  clearCookie(res, sessionCookieName(secure), { secure })
  return ok(undefined)
}

/** The signed-in coach, or undefined; a member token (Authorization header) is never looked at. */
export async function currentCoach(deps: SessionDeps, req: Request): Promise<Result<CoachRow | undefined, ApiFailure>> {
  const token = readCookie(req, sessionCookieName(isSecure(req, deps.publicUrl)))
  if (!token) return ok(undefined)
  const found = await deps.store.sessionCoach(hashToken(token), deps.now().toISOString())
  return found.ok ? ok(found.value) : err(fromStorage(found.error))
}

export async function requireCoach(deps: SessionDeps, req: Request): Promise<Result<CoachRow, ApiFailure>> {
  const coach = await currentCoach(deps, req)
  if (!coach.ok) return coach
  return coach.value ? ok(coach.value) : err({ kind: 'unauthorized', message: 'sign in as a coach first (organisation routes use the coach session, not a member token)' })
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Refuses a state-changing request that does not come from an allowed origin (the server's own
 * allow-list). Stricter than the API-wide check: a cookie is an ambient credential, so a request
 * with no Origin must at least say it is same-origin (Sec-Fetch-Site).
 */
export function sameOriginCheck(req: Request, allowed: OriginCheck): Result<void, ApiFailure> {
  if (SAFE_METHODS.has(req.method)) return ok(undefined)
  const origin = req.get('origin')
  if (origin !== undefined) {
    const checked = allowed(req)
    return checked.ok ? ok(undefined) : err({ kind: 'forbidden', message: `requests from ${origin} are not accepted here` })
  }
  return req.get('sec-fetch-site') === 'same-origin' ? ok(undefined) : err({ kind: 'forbidden', message: 'state-changing requests must carry an Origin header' })
}
