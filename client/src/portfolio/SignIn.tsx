/** The coach's sign-in state: who is signed in (and sign out), or the way in (identity provider). */
import type { Me } from '../../../shared/api/orgs'
import { ORG_ROUTES } from '../../../shared/api/orgs'
import { orgApi } from './api'

export function SignInBar(props: { readonly me: Me; readonly returnTo: string; readonly onSignedOut: () => void }) {
  const { me } = props
  if (me.coach)
    return (
      <p className="row signin-bar">
        <span>
          Signed in as <strong>{me.coach.displayName}</strong>
          {me.coach.email && <span className="muted"> ({me.coach.email})</span>}
        </span>
        <button type="button" onClick={async () => (await orgApi.signOut(), props.onSignedOut())}>
          Sign out
        </button>
      </p>
    )
  if (!me.oidc) return null
  return (
    <p>
      {/* a full-page navigation: the identity provider's pages are not ours to fetch */}
      <a className="button primary" href={ORG_ROUTES.signIn(props.returnTo)}>
        Sign in with your organisation account
      </a>
    </p>
  )
}
