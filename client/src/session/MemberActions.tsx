/**
 * What a facilitator sees beside each member: when they were last active, and a button to remove
 * them (their sockets close at once; the server refuses to remove the last facilitator and says why).
 */
import { useState } from 'react'
import type { Member } from '../../../shared/api/contract'
import { api } from '../api/client'
import { useWorkspace } from '../workspace/context'

export function lastActiveText(lastActiveAt: string | undefined, now: number): string {
  if (!lastActiveAt) return 'not active yet'
  const minutes = Math.floor((now - Date.parse(lastActiveAt)) / 60_000)
  if (minutes < 2) return 'active just now'
  if (minutes < 60) return `active ${minutes} minutes ago`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return `active ${hours} hour${hours === 1 ? '' : 's'} ago`
  return `active ${Math.floor(hours / 24)} days ago`
}

export function MemberActions({ member }: { member: Member }) {
  const { workspace, me, token, refreshMembers } = useWorkspace()
  const [problem, setProblem] = useState<string>()
  if (me.role !== 'facilitator' || member.id === me.id) return null
  const remove = async () => {
    if (!window.confirm(`Remove ${member.displayName} from this workspace? Their devices are signed out at once.`)) return
    const r = await api.removeMember(workspace.id, member.id, token)
    if (!r.ok) return setProblem(r.error.message)
    refreshMembers()
  }
  return (
    <span className="member-actions small">
      <span className="muted">{lastActiveText(member.lastActiveAt, Date.now())}</span>{' '}
      <button type="button" className="link" onClick={() => void remove()} aria-label={`Remove ${member.displayName}`}>
        Remove
      </button>
      {problem && <span role="alert">{problem}</span>}
    </span>
  )
}
