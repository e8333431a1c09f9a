/**
 * Security headers on every response (helmet): a CSP that the built app and tldraw work under,
 * framing limited by `frame-ancestors`, nosniff, no referrer, and HSTS when the request came over
 * https. Why each source is allowed:
 * - style-src 'unsafe-inline': tldraw and React set `style` attributes and tldraw injects <style>
 *   elements at run time (shape geometry, theme variables); scripts stay 'self' only, no eval.
 * - img-src/font-src data: blob:: tldraw renders pasted images and exports via data:/blob: URLs,
 *   and its bundled icons and fonts are inlined as data: URLs by the build.
 * Routes that set their own CSP (plan exports) keep theirs: a route's header replaces this one.
 */
import helmet from 'helmet'
import type { RequestHandler } from 'express'

export interface HeaderOptions {
  /** CSP frame-ancestors sources, e.g. "'none'" or "https://portal.example.org" */
  readonly frameAncestors: string
}

export function securityHeaders(options: HeaderOptions): RequestHandler[] {
  const ancestors = options.frameAncestors.split(/\s+/).filter(Boolean)
  const denyAll = ancestors.length === 1 && ancestors[0] === "'none'"
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'media-src': ["'self'", 'data:', 'blob:'],
        // data:/blob: — tldraw fetches its inlined assets and pasted images by URL; they never leave the page
        'connect-src': ["'self'", 'data:', 'blob:'],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ancestors,
      },
    },
    // an embedding portal is named in frame-ancestors; X-Frame-Options can only say DENY/SAMEORIGIN
    xFrameOptions: denyAll ? { action: 'deny' } : false,
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
    xContentTypeOptions: true,
  })
  const hsts: RequestHandler = (req, res, next) => {
    // over plain http the header is meaningless (and browsers ignore it); `secure` honours X-Forwarded-Proto from a trusted proxy
    if (req.secure) res.set('strict-transport-security', 'max-age=31536000; includeSubDomains')
    next()
  }
  return [headers, hsts]
}
