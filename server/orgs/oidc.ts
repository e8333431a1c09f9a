/**
 * Coach sign-in with OpenID Connect through `openid-client`: authorization code + PKCE (S256),
 * state and nonce, issuer and ID-token checks done by the library. The provider's metadata is
 * discovered on first use (and again after a failure), so a provider that is down at start-up
 * does not stop the server. Plain-http issuers are accepted only on loopback (local test providers).
 */
import type * as OpenId from 'openid-client'
import { err, ok, type Result } from '../../shared/result'

export interface OidcSettings {
  readonly issuer: string
  readonly clientId: string
  readonly clientSecret: string
  /** lower-case domains, or ['*'] for any verified e-mail */
  readonly allowedDomains: readonly string[]
}

export interface PendingLogin {
  readonly state: string
  readonly nonce: string
  readonly verifier: string
}

export interface SignedIn {
  readonly issuer: string
  readonly subject: string
  readonly email: string
  readonly name: string
}

export type SignInFailure = { readonly kind: 'refused' | 'invalid'; readonly message: string }

export interface Oidc {
  start(redirectUri: string): Promise<Result<{ url: string; pending: PendingLogin }, SignInFailure>>
  finish(callbackUrl: URL, pending: PendingLogin): Promise<Result<SignedIn, SignInFailure>>
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

export function parseDomains(raw: string): string[] {
  return raw.split(',').map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean)
}

export function emailAllowed(email: string, allowed: readonly string[]): boolean {
  if (allowed.includes('*')) return true
  const at = email.lastIndexOf('@')
  return at > 0 && allowed.includes(email.slice(at + 1).toLowerCase())
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** loaded on the first sign-in, not at start-up: most servers never see one, and it keeps idle memory down */
let openIdClientModule: Promise<typeof OpenId> | undefined
const openIdClient = () => (openIdClientModule ??= import('openid-client'))

export function openIdConnect(settings: OidcSettings): Oidc {
  const issuer = new URL(settings.issuer)
  const insecure = issuer.protocol === 'http:'
  if (insecure && !LOOPBACK.has(issuer.hostname)) throw new Error('OIDC_ISSUER must be https:// (plain http only on localhost)')
  let discovered: Promise<OpenId.Configuration> | undefined
  const configuration = () => {
    discovered ??= openIdClient()
      .then((client) => client.discovery(issuer, settings.clientId, settings.clientSecret, undefined, insecure ? { execute: [client.allowInsecureRequests] } : undefined))
      .catch((e: unknown) => {
        discovered = undefined
        throw e
      })
    return discovered
  }

  return {
    async start(redirectUri) {
      const client = await openIdClient()
      let config: OpenId.Configuration
      try {
        config = await configuration()
      } catch (e) {
        return err({ kind: 'invalid', message: `the identity provider cannot be reached: ${message(e)}` })
      }
      const pending = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier() }
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      })
      return ok({ url: url.href, pending })
    },

    async finish(callbackUrl, pending) {
      let claims: Record<string, unknown>
      try {
        const client = await openIdClient()
        const config = await configuration()
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: pending.verifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        })
        const idClaims = tokens.claims()
        if (!idClaims) return err({ kind: 'invalid', message: 'the identity provider sent no ID token' })
        claims = { ...idClaims }
        // providers that follow the spec strictly put e-mail only in userinfo for the code flow
        if (typeof claims.email !== 'string') claims = { ...(await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)), ...claims }
      } catch (e) {
        return err({ kind: 'invalid', message: `sign-in failed: ${message(e)}` })
      }
      const email = typeof claims.email === 'string' ? claims.email.trim() : ''
      if (!email) return err({ kind: 'refused', message: 'the identity provider did not share an e-mail address' })
      if (claims.email_verified === false) return err({ kind: 'refused', message: `${email} is not verified by the identity provider` })
      if (!emailAllowed(email, settings.allowedDomains)) return err({ kind: 'refused', message: `${email} is not in a domain allowed to sign in here` })
      const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 80) : email
      return ok({ issuer: issuer.href, subject: String(claims.sub), email, name })
    },
  }
}
