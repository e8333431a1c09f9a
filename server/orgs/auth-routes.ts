/**
 * /api/auth: who am I, OpenID Connect sign-in (start → provider → callback) and sign-out. The
 * sign-in in flight is found by a short-lived random cookie; its state, nonce and PKCE verifier stay
 * on the server and are used once. A refused or tampered callback sets no session.
 */
import { Router, type Request, type Response } from 'express'
import * as z from 'zod'
import type { Me } from '../../shared/api/orgs'
import { err, ok } from '../../shared/result'
import { hashToken, newId, newMemberToken } from '../auth/tokens'
import { fromStorage, sendFailure } from '../http/errors'
import { publicOrigin, route } from '../http/handler'
import type { OriginCheck } from '../http/origins'
import type { Oidc } from './oidc'
import { LOGIN_COOKIE, clearCookie, currentCoach, endSession, isSecure, readCookie, sameOriginCheck, setCookie, startSession, type SessionDeps } from './session'

export interface AuthDeps extends SessionDeps {
  readonly oidc: Oidc | undefined
  readonly originCheck: OriginCheck
}

const LOGIN_PATH = '/api/auth/oidc'
const LOGIN_MAX_AGE_MS = 10 * 60_000
/** only our own paths: never an absolute URL or a protocol-relative "//host" (no open redirect) */
const ReturnTo = z.string().regex(/^\/(?![/\\])[^\s]*$/).max(500).catch('/portfolio')

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
function refusal(res: Response, status: number, message: string): void {
  res.status(status).type('html').send(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Sign-in refused</title><main><h1>Sign-in refused</h1><p>${escapeHtml(message)}</p><p><a href="/portfolio">Back to the portfolio</a></p></main></html>`,
  )
}

export function authRoutes(deps: AuthDeps): Router {
  const router = Router()
  const { store } = deps
  const redirectUri = (req: Request) => `${publicOrigin(req, deps.publicUrl)}${LOGIN_PATH}/callback`

  router.get(
    '/me',
    route(async (req) => {
      const coach = await currentCoach(deps, req)
      if (!coach.ok) return coach
      const orgs = coach.value ? await store.orgsOfCoach(coach.value.id) : ok([])
      if (!orgs.ok) return err(fromStorage(orgs.error))
      const c = coach.value
      const me: Me = { coach: c ? { id: c.id, email: c.email, displayName: c.displayName } : null, orgs: orgs.value, oidc: deps.oidc !== undefined }
      return ok({ body: me })
    }),
  )

  router.get('/oidc/start', async (req, res, next) => {
    try {
      if (!deps.oidc) return sendFailure(res, { kind: 'not-found', message: 'no identity provider is configured: coaches join by invite link' })
      const started = await deps.oidc.start(redirectUri(req))
      if (!started.ok) return refusal(res, 503, started.error.message)
      const loginId = newMemberToken()
      const { pending } = started.value
      const saved = await store.saveLogin({ idHash: hashToken(loginId), ...pending, returnTo: ReturnTo.parse(req.query.returnTo), createdAt: deps.now().toISOString() })
      if (!saved.ok) return sendFailure(res, fromStorage(saved.error))
      setCookie(res, LOGIN_COOKIE, loginId, { secure: isSecure(req, deps.publicUrl), maxAgeMs: LOGIN_MAX_AGE_MS, path: LOGIN_PATH })
      res.redirect(302, started.value.url)
    } catch (e) {
      next(e)
    }
  })

  router.get('/oidc/callback', async (req, res, next) => {
    try {
      if (!deps.oidc) return sendFailure(res, { kind: 'not-found', message: 'no identity provider is configured' })
      const secure = isSecure(req, deps.publicUrl)
      const loginId = readCookie(req, LOGIN_COOKIE)
      clearCookie(res, LOGIN_COOKIE, { secure, path: LOGIN_PATH })
      if (!loginId) return refusal(res, 400, 'This sign-in was not started here (or took longer than 10 minutes). Please sign in again.')
      const login = await store.takeLogin(hashToken(loginId))
      if (!login.ok) return sendFailure(res, fromStorage(login.error))
      const pending = login.value
      if (!pending || Date.parse(pending.createdAt) < deps.now().getTime() - LOGIN_MAX_AGE_MS) return refusal(res, 400, 'This sign-in has expired or was already used. Please sign in again.')
      const callbackUrl = new URL(redirectUri(req))
      callbackUrl.search = new URL(req.originalUrl, 'http://x').search
      const signedIn = await deps.oidc.finish(callbackUrl, pending)
      if (!signedIn.ok) return refusal(res, signedIn.error.kind === 'refused' ? 403 : 400, signedIn.error.message)
      const { issuer, subject, email, name } = signedIn.value
      const coach = await store.upsertCoach({ id: newId(), issuer, subject, email, displayName: name, createdAt: deps.now().toISOString() })
      if (!coach.ok) return sendFailure(res, fromStorage(coach.error))
      const session = await startSession(deps, req, res, coach.value.id)
      if (!session.ok) return sendFailure(res, session.error)
      res.redirect(303, pending.returnTo)
    } catch (e) {
      next(e)
    }
  })

  router.post(
    '/sign-out',
    route(async (req, res) => {
      const origin = sameOriginCheck(req, deps.originCheck)
      if (!origin.ok) return origin
      const ended = await endSession(deps, req, res)
      return ended.ok ? ok({ body: { signedOut: true } }) : ended
    }),
  )

  return router
}
