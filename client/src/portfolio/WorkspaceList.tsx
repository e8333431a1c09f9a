/**
 * Every workspace of the organisation: school, session, last activity, phase reached and, where
 * monitoring exists, open coach comments and behind-schedule actions; search and filter; open one
 * as facilitator (the server mints this coach's facilitator member and we keep its session).
 */
import { useState } from 'react'
import type { PortfolioEntry } from '../../../shared/api/orgs'
import { PHASES, PHASE_IDS, type Phase } from '../../../shared/domain/portfolio/phase'
import { navigate } from '../router'
import { rememberMember } from '../session/sessions'
import { orgApi } from './api'
import { filterPortfolio } from './filter'

const when = (iso: string) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—')

export function WorkspaceList(props: { readonly orgId: string; readonly entries: readonly PortfolioEntry[] }) {
  const [text, setText] = useState('')
  const [phase, setPhase] = useState<Phase | ''>('')
  const [problem, setProblem] = useState<string>()
  const shown = filterPortfolio(props.entries, { text, phase })

  async function open(entry: PortfolioEntry) {
    setProblem(undefined)
    const r = await orgApi.open(props.orgId, entry.workspaceId)
    if (!r.ok) return setProblem(`${entry.school}: ${r.error.message}`)
    rememberMember(r.value.workspace, r.value.member, r.value.memberToken)
    navigate(`/w/${entry.workspaceId}`)
  }

  return (
    <section aria-labelledby="workspaces-heading">
      <h2 id="workspaces-heading">Schools’ workspaces</h2>
      <div className="row filters">
        <label>
          Search school or session <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          Status{' '}
          <select value={phase} onChange={(e) => setPhase(PHASE_IDS.find((p) => p === e.target.value) ?? '')}>
            <option value="">Any phase</option>
            {PHASE_IDS.map((p) => (
              <option key={p} value={p}>
                {PHASES[p]}
              </option>
            ))}
          </select>
        </label>
        <p className="muted small" aria-live="polite">
          {shown.length} of {props.entries.length} workspaces
        </p>
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {props.entries.length === 0 ? (
        <p className="empty">No workspaces yet. A facilitator who is also a coach here can add theirs below.</p>
      ) : (
        <table className="portfolio-table">
          <thead>
            <tr>
              <th scope="col">School</th>
              <th scope="col">Session</th>
              <th scope="col">Last activity</th>
              <th scope="col">Phase reached</th>
              <th scope="col">Monitoring</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.workspaceId}>
                <th scope="row">{e.school}</th>
                <td>{e.title}</td>
                <td>{when(e.lastActivity)}</td>
                <td>{e.unreadable ? <span className="error">Stored data is damaged</span> : <span className={`phase phase-${e.phase}`}>{PHASES[e.phase]}</span>}</td>
                <td>
                  {e.monitoring.status === 'none' ? (
                    <span className="muted">Not started</span>
                  ) : (
                    <>
                      {e.monitoring.openComments} open coach comments · {e.monitoring.behindSchedule} actions behind schedule
                    </>
                  )}
                </td>
                <td>
                  <button type="button" onClick={() => void open(e)} aria-label={`Open as facilitator: ${e.school} (${e.title})`}>
                    Open as facilitator
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
