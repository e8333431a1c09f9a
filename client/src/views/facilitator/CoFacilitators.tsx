/** Promote a member to co-facilitator (server-checked: only facilitators may; the member reconnects). */
import { useState } from 'react'
import { MEMBER_ROLE_LABELS, STAKEHOLDER_ROLES } from '../../../../shared/auth/roles'
import { api } from '../../api/client'
import { useWorkspace } from '../../workspace/context'

export function CoFacilitators() {
  const { members, workspace, token, refreshMembers } = useWorkspace()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState<string>()
  const facilitators = members.filter((m) => m.role === 'facilitator')
  const others = members.filter((m) => m.role !== 'facilitator')

  const promote = async (memberId: string, name: string) => {
    setBusy(memberId)
    const result = await api.setRole(workspace.id, memberId, 'facilitator', token)
    setBusy(undefined)
    setMessage(result.ok ? `${name} is now a co-facilitator.` : `Could not promote ${name}: ${result.error.message}`)
    if (result.ok) refreshMembers()
  }

  return (
    <section className="panel-section" aria-labelledby="cofac-heading">
      <h2 id="cofac-heading">Co-facilitators</h2>
      <p className="small">Facilitating now: {facilitators.map((m) => m.displayName).join(', ')}</p>
      {others.length === 0 ? (
        <p className="empty">When people join, you can make any of them a co-facilitator here.</p>
      ) : (
        <ul className="plain-list">
          {others.map((m) => (
            <li key={m.id} className="row wrap">
              <span>
                {m.displayName} <span className="muted small">({MEMBER_ROLE_LABELS[m.role]}, {STAKEHOLDER_ROLES[m.stakeholderRole]})</span>
              </span>
              <button type="button" disabled={busy !== undefined} onClick={() => void promote(m.id, m.displayName)}>
                Make {m.displayName} a co-facilitator
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite" className="small">{message}</p>
    </section>
  )
}
