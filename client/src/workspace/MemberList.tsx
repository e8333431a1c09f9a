/** Members with presence: online / away / not here, role and colour (with text, never colour alone). */
import { MEMBER_ROLE_LABELS, STAKEHOLDER_ROLES } from '../../../shared/auth/roles'
import type { Member } from '../../../shared/api/contract'
import type { PresenceEntry } from './hooks'
import { MemberActions } from '../session/MemberActions'

export function presenceOf(member: Member, presence: readonly PresenceEntry[]): 'online' | 'away' | 'offline' {
  const mine = presence.filter((p) => p.userId === member.id)
  if (mine.some((p) => p.activity === 'active')) return 'online'
  return mine.length > 0 ? 'away' : 'offline'
}

const LABEL = { online: 'online', away: 'away', offline: 'not here' } as const

export function MemberList({ members, presence, meId }: { members: readonly Member[]; presence: readonly PresenceEntry[]; meId: string }) {
  const order = { online: 0, away: 1, offline: 2 } as const
  const sorted = [...members].sort((a, b) => order[presenceOf(a, presence)] - order[presenceOf(b, presence)] || a.displayName.localeCompare(b.displayName))
  const online = sorted.filter((m) => presenceOf(m, presence) !== 'offline').length
  return (
    <section aria-labelledby="members-heading" className="members">
      <h2 id="members-heading">
        People <span className="muted">({online} here of {members.length})</span>
      </h2>
      <ul>
        {sorted.map((m) => {
          const state = presenceOf(m, presence)
          return (
            <li key={m.id} className={`member ${state}`} data-testid="member" data-presence={state}>
              <span className="avatar" style={{ background: m.color }} aria-hidden="true">
                {m.displayName.slice(0, 1).toUpperCase()}
              </span>
              <span className="member-name">
                {m.displayName}
                {m.id === meId && ' (you)'}
              </span>
              <span className="muted small">
                {MEMBER_ROLE_LABELS[m.role]} · {STAKEHOLDER_ROLES[m.stakeholderRole]} · {LABEL[state]}
              </span>
              <MemberActions member={m} />
            </li>
          )
        })}
      </ul>
    </section>
  )
}
