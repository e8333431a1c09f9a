/** /portfolio: sign in as a coach, see your organisations, or create one. */
import { useState, type FormEvent } from 'react'
import { ORG_LINKS } from '../../../shared/api/orgs'
import { orgApi } from '../portfolio/api'
import { SignInBar } from '../portfolio/SignIn'
import { useLoad } from '../portfolio/useLoad'
import { navigate } from '../router'
import { Field } from '../ui/Field'
import { FormError } from '../ui/FormError'
import '../portfolio/portfolio.css'

export function PortfolioHomePage() {
  const [me, reload] = useLoad(() => orgApi.me(), [])
  const [name, setName] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [error, setError] = useState<{ field?: string | undefined; message: string }>()

  async function create(e: FormEvent) {
    e.preventDefault()
    setError(undefined)
    const r = await orgApi.createOrg({ name, ...(displayName && { displayName }) })
    if (!r.ok) return setError({ field: r.error.field, message: r.error.message })
    navigate(ORG_LINKS.portfolio(r.value.id))
  }

  if (me.state === 'loading') return <main className="page narrow"><p aria-busy="true">Loading…</p></main>
  if (me.state === 'failed') return <main className="page narrow"><p className="error" role="alert">{me.error.message}</p></main>
  const { coach, orgs, oidc } = me.value
  const canCreate = coach !== null || !oidc
  return (
    <main className="page narrow portfolio-home">
      <header className="hero">
        <h1>Coach portfolio</h1>
        <p>For coaches who serve many schools: every school’s workspace in one place, and roll-ups by Four Domains practice code across them. Teams still join their workspaces by link, with no account.</p>
      </header>
      <SignInBar me={me.value} returnTo="/portfolio" onSignedOut={reload} />
      {coach && (
        <section className="card" aria-labelledby="orgs-heading">
          <h2 id="orgs-heading">Your organisations</h2>
          {orgs.length === 0 ? (
            <p className="empty">You are not in an organisation yet: create one below, or open the invite link an organisation admin sent you.</p>
          ) : (
            <ul className="recent">
              {orgs.map((o) => (
                <li key={o.id}>
                  <a href={ORG_LINKS.portfolio(o.id)} onClick={(e) => (e.preventDefault(), navigate(ORG_LINKS.portfolio(o.id)))}>
                    {o.name}
                  </a>{' '}
                  <span className="muted">({o.role})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {canCreate && (
        <section className="card" aria-labelledby="create-org-heading">
          <h2 id="create-org-heading">Create an organisation</h2>
          <p className="muted small">A district, a state network or a consultancy. You become its admin and can invite other coaches.</p>
          <form onSubmit={create} noValidate>
            <Field label="Organisation name" error={error?.field === 'name' ? error.message : undefined}>
              {(id, d) => <input id={id} aria-describedby={d} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required />}
            </Field>
            {!coach && (
              <Field label="Your name" hint="No identity provider is configured here: this browser keeps your coach session." error={error?.field === 'displayName' ? error.message : undefined}>
                {(id, d) => <input id={id} aria-describedby={d} value={displayName} onChange={(e) => setDisplayName(e.target.value)} maxLength={80} autoComplete="name" />}
              </Field>
            )}
            <FormError error={error} />
            <button type="submit" className="primary">
              Create organisation
            </button>
          </form>
        </section>
      )}
      <p>
        <a href="/" onClick={(e) => (e.preventDefault(), navigate('/'))}>
          Back to Rootwork
        </a>
      </p>
    </main>
  )
}
