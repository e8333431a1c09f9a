/**
 * Origin allow-list for state-changing requests and websocket upgrades (cross-site request forgery
 * and cross-site websocket hijacking). A browser always sends `Origin` on these; a request without
 * one does not come from a web page, so it carries no ambient credential to abuse and is let through.
 * With no list configured, the page must come from the host it talks to (works for localhost,
 * 127.0.0.1:<port> and any single-host deployment). Reusable by any route that trusts cookies.
 */
import type { IncomingMessage } from 'node:http'
import type { RequestHandler } from 'express'
import { sendFailure } from './errors'

export type OriginCheck = (req: IncomingMessage) => { readonly ok: true } | { readonly ok: false; readonly origin: string }

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}

/** `allowed` from ALLOWED_ORIGINS (comma-separated), else PUBLIC_URL's origin, else same-host */
export function originCheck(allowedList: string | undefined, publicUrl: string | undefined): OriginCheck {
  const listed = (allowedList ?? publicUrl ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(originOf)
    .filter((o): o is string => o !== undefined)
  const allowed = new Set(listed)
  return (req) => {
    const origin = req.headers.origin
    if (origin === undefined) return { ok: true }
    if (allowed.size > 0 ? allowed.has(origin) : sameHost(origin, req.headers.host)) return { ok: true }
    return { ok: false, origin }
  }
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host
  } catch {
    return false
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/** refuses state-changing API requests from a page on another origin (403, one log line) */
export function requireAllowedOrigin(check: OriginCheck, log: (message: string) => void): RequestHandler {
  return (req, res, next) => {
    if (SAFE.has(req.method)) return next()
    const verdict = check(req)
    if (verdict.ok) return next()
    log(`refused ${req.method} from origin ${JSON.stringify(verdict.origin.slice(0, 100))}`)
    sendFailure(res, { kind: 'forbidden', message: 'requests from this origin are not allowed' })
  }
}
