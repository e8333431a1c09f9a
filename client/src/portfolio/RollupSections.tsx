/** The roll-up sections of the portfolio page, each loading its own data from the server. */
import { ORG_ROUTES, type PortfolioEntry } from '../../../shared/api/orgs'
import { orgApi } from './api'
import { HeatmapSection } from './HeatmapSection'
import { LibrarySection } from './LibrarySection'
import { PracticeSection } from './PracticeSection'
import { useLoad, type Loaded } from './useLoad'

function Loading<T>(props: { readonly loaded: Loaded<T>; readonly children: (value: T) => React.ReactNode }) {
  if (props.loaded.state === 'loading') return <p aria-busy="true">Loading…</p>
  if (props.loaded.state === 'failed') return <p className="error" role="alert">{props.loaded.error.message}</p>
  return <>{props.children(props.loaded.value)}</>
}

export function HeatmapRollup(props: { readonly orgId: string; readonly orgName: string }) {
  const [loaded] = useLoad(() => orgApi.heatmap(props.orgId), [props.orgId])
  return <Loading loaded={loaded}>{(h) => <HeatmapSection orgId={props.orgId} orgName={props.orgName} heatmap={h} />}</Loading>
}

export function CausesRollup(props: { readonly orgId: string; readonly schools: number }) {
  const [loaded] = useLoad(() => orgApi.causes(props.orgId), [props.orgId])
  return (
    <Loading loaded={loaded}>
      {(r) => (
        <PracticeSection
          id="causes"
          heading="Root causes by practice code"
          intro="The root causes each school prioritised on its fishbones (tagged cause, actionable), by Four Domains practice. A cause under several problem statements, or tagged systemic, is marked systemic."
          rows={r.codes.map((c) => ({ code: c.code, title: c.title, schools: c.schools, note: c.systemic ? `${c.systemic} systemic` : '', entries: c.causes.map((x, i) => ({ key: `${x.workspaceId}-${i}`, school: x.school, text: x.text, ...(x.systemic && { tag: 'systemic' }) })) }))}
          uncoded={`${r.uncoded.causes} root causes in ${r.uncoded.schools} schools have no practice code yet.`}
          totalSchools={props.schools}
          csvUrl={ORG_ROUTES.rollup(props.orgId, 'causes', 'csv')}
          filename="root-causes-by-practice"
          credit={r.credit}
        />
      )}
    </Loading>
  )
}

export function PlansRollup(props: { readonly orgId: string; readonly schools: number }) {
  const [loaded] = useLoad(() => orgApi.plans(props.orgId), [props.orgId])
  return (
    <Loading loaded={loaded}>
      {(r) => (
        <PracticeSection
          id="plans"
          heading="Priorities and strategies by practice code"
          intro="The strategies in each school’s plan draft by practice code, with the priority each sits under."
          rows={r.codes.map((c) => ({ code: c.code, title: c.title, schools: c.schools, note: c.strategies.length ? `${c.strategies.length} strategies` : '', entries: c.strategies.map((x, i) => ({ key: `${x.workspaceId}-${i}`, school: x.school, text: `${x.priority} — ${x.statement}` })) }))}
          uncoded={`${r.uncoded.strategies} strategies in ${r.uncoded.schools} schools have no practice code yet.`}
          totalSchools={props.schools}
          csvUrl={ORG_ROUTES.rollup(props.orgId, 'plans', 'csv')}
          filename="strategies-by-practice"
          credit={r.credit}
        />
      )}
    </Loading>
  )
}

export function LibraryRollup(props: { readonly orgId: string; readonly targets: readonly PortfolioEntry[]; readonly onCopied: () => void }) {
  const [loaded] = useLoad(() => orgApi.library(props.orgId), [props.orgId])
  return <Loading loaded={loaded}>{(r) => <LibrarySection orgId={props.orgId} strategies={r.strategies} targets={props.targets} onCopied={props.onCopied} />}</Loading>
}
