/**
 * Co-facilitators: promote a member, or return a co-facilitator to participant, each after a
 * confirmation (server-checked: only facilitators may; the member's sockets reconnect with the new
 * role, and everyone's member list follows through presence).
 */
import { useState } from 'react'
import { useStatusLine } from '../../facilitation/use-status-line'
import { MEMBER_ROLE_LABELS, STAKEHOLDER_ROLES } from '../../../../shared/auth/roles'
import type { Member } from '../../../../shared/api/contract'
import { api } from '../../api/client'
import { useWorkspace } from '../../workspace/context'

type Change = { readonly member: Member; readonly to: 'facilitator' | 'participant' }

export function CoFacilitators() {
  const { members, me, workspace, token, refreshMembers } = useWorkspace()
  const [message, setMessage] = useStatusLine()
  const [busy, setBusy] = useState(false)
  const [asking, setAsking] = useState<Change>()
  const facilitators = members.filter((m) => m.role === 'facilitator')
  const others = members.filter((m) => m.role !== 'facilitator')

  const apply = async ({ member, to }: Change) => {
    setBusy(true)
    const result = await api.setRole(workspace.id, member.id, to, token)
    setBusy(false)
    setAsking(undefined)
    const done = to === 'facilitator' ? `${member.displayName} is now a co-facilitator.` : `${member.displayName} is a participant again.`
    setMessage(result.ok ? done : `Could not change ${member.displayName}’s role: ${result.error.message}`)
    if (result.ok) refreshMembers()
  }

  return (
    <section className="panel-section" aria-labelledby="cofac-heading">
      <h2 id="cofac-heading">Co-facilitators</h2>
      <ul className="plain-list">
        {facilitators.map((m) => (
          <li key={m.id} className="row wrap">
            <span>
              {m.displayName}
              {m.id === me.id ? ' (you)' : ''} <span className="muted small">(Facilitator)</span>
            </span>
            {m.id !== me.id && (
              <button type="button" disabled={busy} onClick={() => setAsking({ member: m, to: 'participant' })}>
                Make {m.displayName} a participant
              </button>
            )}
          </li>
        ))}
      </ul>
      {asking && (
        <div className="confirm card" role="alertdialog" aria-labelledby="cofac-confirm">
          <p id="cofac-confirm">
            {asking.to === 'facilitator'
              ? `Make ${asking.member.displayName} a co-facilitator? They will be able to move phases, lock boards, reveal results and move everyone.`
              : `Make ${asking.member.displayName} a participant again? They will no longer run the session.`}
          </p>
          <div className="row">
            <button type="button" className="primary" disabled={busy} onClick={() => void apply(asking)}>
              Confirm
            </button>
            <button type="button" onClick={() => setAsking(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {others.length === 0 ? (
        <p className="empty">When people join, you can make any of them a co-facilitator here.</p>
      ) : (
        <ul className="plain-list">
          {others.map((m) => (
            <li key={m.id} className="row wrap">
              <span>
                {m.displayName} <span className="muted small">({MEMBER_ROLE_LABELS[m.role]}, {STAKEHOLDER_ROLES[m.stakeholderRole]})</span>
              </span>
              <button type="button" disabled={busy || m.role === 'observer'} onClick={() => setAsking({ member: m, to: 'facilitator' })}>
                Make {m.displayName} a co-facilitator
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="small">{message}</p>
    </section>
  )
}
