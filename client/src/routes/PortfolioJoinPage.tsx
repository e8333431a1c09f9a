/** /portfolio/:org/join#invite=…: a coach joins an organisation by its invite link (signing in first when there is an identity provider). */
import { useState, type FormEvent } from 'react'
import { ORG_LINKS } from '../../../shared/api/orgs'
import { orgApi } from '../portfolio/api'
import { SignInBar } from '../portfolio/SignIn'
import { useLoad } from '../portfolio/useLoad'
import { navigate } from '../router'
import { Field } from '../ui/Field'
import { FormError } from '../ui/FormError'
import '../portfolio/portfolio.css'

/**
 * The invite rides in the fragment; it is kept in this tab's sessionStorage across the trip to the
 * identity provider, so it never travels in a query string (which servers log).
 */
function inviteFor(orgId: string): string {
  const key = `rootwork.orgInvite.${orgId}`
  const fromLink = new URLSearchParams(location.hash.slice(1)).get('invite')
  if (fromLink) sessionStorage.setItem(key, fromLink)
  return fromLink ?? sessionStorage.getItem(key) ?? ''
}

export function PortfolioJoinPage(props: { readonly orgId: string }) {
  const invite = inviteFor(props.orgId)
  const [me, reload] = useLoad(() => orgApi.me(), [])
  const [displayName, setDisplayName] = useState('')
  const [error, setError] = useState<{ field?: string | undefined; message: string }>()

  async function accept(e: FormEvent) {
    e.preventDefault()
    const r = await orgApi.accept(props.orgId, invite, displayName || undefined)
    if (!r.ok) return setError({ field: r.error.field, message: r.error.message })
    sessionStorage.removeItem(`rootwork.orgInvite.${props.orgId}`)
    navigate(ORG_LINKS.portfolio(props.orgId), { replace: true })
  }

  if (me.state !== 'ready') return <main className="page narrow">{me.state === 'failed' ? <p className="error" role="alert">{me.error.message}</p> : <p aria-busy="true">Loading…</p>}</main>
  const needsSignIn = me.value.oidc && !me.value.coach
  return (
    <main className="page narrow">
      <h1>Join an organisation as a coach</h1>
      {!invite && <p className="error">This link has no invite in it. Ask the organisation’s admin for the full link.</p>}
      <SignInBar me={me.value} returnTo={location.pathname} onSignedOut={reload} />
      {!needsSignIn && invite && (
        <form onSubmit={accept} noValidate className="card">
          {!me.value.coach && (
            <Field label="Your name" error={error?.field === 'displayName' ? error.message : undefined}>
              {(id, d) => <input id={id} aria-describedby={d} value={displayName} onChange={(e) => setDisplayName(e.target.value)} maxLength={80} autoComplete="name" />}
            </Field>
          )}
          <FormError error={error} />
          <button type="submit" className="primary">
            Join the organisation
          </button>
        </form>
      )}
    </main>
  )
}
