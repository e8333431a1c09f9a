/** /portfolio/:org/:section?: an organisation's workspaces, its cross-school roll-ups and its strategy library. */
import { orgApi } from '../portfolio/api'
import { AttachFromDevice } from '../portfolio/AttachFromDevice'
import { CausesRollup, HeatmapRollup, LibraryRollup, PlansRollup } from '../portfolio/RollupSections'
import { SignInBar } from '../portfolio/SignIn'
import { useLoad } from '../portfolio/useLoad'
import { WorkspaceList } from '../portfolio/WorkspaceList'
import { navigate } from '../router'
import '../portfolio/portfolio.css'

const SECTIONS = {
  workspaces: 'Workspaces',
  heatmap: 'Rubric heatmap',
  causes: 'Root causes',
  plans: 'Priorities & strategies',
  library: 'Strategy library',
} as const
type Section = keyof typeof SECTIONS
const SECTION_IDS = Object.keys(SECTIONS) as Section[]

export function PortfolioPage(props: { readonly orgId: string; readonly section: string | undefined }) {
  const section: Section = SECTION_IDS.find((s) => s === props.section) ?? 'workspaces'
  const [me, reloadMe] = useLoad(() => orgApi.me(), [])
  const [portfolio, reload] = useLoad(() => orgApi.portfolio(props.orgId), [props.orgId])
  const base = `/portfolio/${props.orgId}`

  if (portfolio.state === 'loading') return <main className="page"><p aria-busy="true">Loading the portfolio…</p></main>
  if (portfolio.state === 'failed') {
    return (
      <main className="page narrow">
        <h1>Coach portfolio</h1>
        <p className="error" role="alert">{portfolio.error.status === 401 ? 'Sign in as a coach of this organisation to see its portfolio.' : portfolio.error.message}</p>
        {me.state === 'ready' && <SignInBar me={me.value} returnTo={location.pathname} onSignedOut={reloadMe} />}
        <p><a href="/portfolio" onClick={(e) => (e.preventDefault(), navigate('/portfolio'))}>Your organisations</a></p>
      </main>
    )
  }
  const p = portfolio.value
  return (
    <main className="page portfolio">
      <header className="portfolio-header">
        <div>
          <p className="muted small">
            <a href="/portfolio" onClick={(e) => (e.preventDefault(), navigate('/portfolio'))}>Coach portfolio</a>
          </p>
          <h1>{p.org.name}</h1>
        </div>
        {me.state === 'ready' && <SignInBar me={me.value} returnTo={location.pathname} onSignedOut={() => navigate('/portfolio')} />}
      </header>
      <nav aria-label="Portfolio sections" className="board-nav portfolio-nav">
        <ul>
          {SECTION_IDS.map((s) => {
            const href = s === 'workspaces' ? base : `${base}/${s}`
            return (
              <li key={s}>
                <a href={href} aria-current={s === section ? 'page' : undefined} onClick={(e) => (e.preventDefault(), navigate(href))}>
                  {SECTIONS[s]}
                </a>
              </li>
            )
          })}
        </ul>
      </nav>
      {section === 'workspaces' && (
        <>
          <WorkspaceList orgId={p.org.id} entries={p.workspaces} />
          <AttachFromDevice orgId={p.org.id} orgName={p.org.name} entries={p.workspaces} onAttached={reload} />
          {p.inviteLink && (
            <section className="card" aria-labelledby="invite-heading">
              <h2 id="invite-heading">Invite coaches</h2>
              <p className="muted small">Anyone with this link can join {p.org.name} as a coach{me.state === 'ready' && me.value.oidc ? ' after signing in' : ''}.</p>
              <input readOnly aria-label="Coach invite link" value={p.inviteLink} onFocus={(e) => e.target.select()} className="invite-link" />
            </section>
          )}
        </>
      )}
      {section === 'heatmap' && <HeatmapRollup orgId={p.org.id} orgName={p.org.name} />}
      {section === 'causes' && <CausesRollup orgId={p.org.id} schools={p.workspaces.length} />}
      {section === 'plans' && <PlansRollup orgId={p.org.id} schools={p.workspaces.length} />}
      {section === 'library' && <LibraryRollup orgId={p.org.id} targets={p.workspaces} onCopied={reload} />}
    </main>
  )
}
