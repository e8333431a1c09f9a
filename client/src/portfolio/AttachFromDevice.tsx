/** Adds a workspace this browser facilitates (from the device's remembered sessions) to the organisation. */
import { useState } from 'react'
import type { PortfolioEntry } from '../../../shared/api/orgs'
import { recentSessions } from '../session/sessions'
import { orgApi } from './api'

export function AttachFromDevice(props: { readonly orgId: string; readonly orgName: string; readonly entries: readonly PortfolioEntry[]; readonly onAttached: () => void }) {
  const [problem, setProblem] = useState<string>()
  const inOrg = new Set(props.entries.map((e) => e.workspaceId))
  const mine = recentSessions().filter((s) => s.role === 'facilitator' && !inOrg.has(s.workspaceId))
  if (mine.length === 0) return null
  async function attach(workspaceId: string, token: string) {
    setProblem(undefined)
    const r = await orgApi.attach(props.orgId, { workspaceId }, token)
    if (!r.ok) return setProblem(r.error.message)
    props.onAttached()
  }
  return (
    <section aria-labelledby="attach-heading" className="card">
      <h2 id="attach-heading">Workspaces you facilitate on this device</h2>
      <p className="muted small">Adding one lets every coach of {props.orgName} open it and includes it in the roll-ups. Participants keep joining by link.</p>
      <ul className="recent">
        {mine.map((s) => (
          <li key={s.workspaceId} className="row">
            <span>
              {s.title} <span className="muted">({s.organisation})</span>
            </span>
            <button type="button" onClick={() => void attach(s.workspaceId, s.token)}>
              Add to {props.orgName}
            </button>
          </li>
        ))}
      </ul>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </section>
  )
}
