/** A member chip in the breakout preview: draggable, and a labelled "move to" menu for keyboards. */
import { useId } from 'react'
import { roleLabel } from '../../../../shared/auth/roles'
import type { Member } from '../../../../shared/api/contract'

export const DRAG_TYPE = 'application/x-rootwork-member'

interface Props {
  readonly member: Member
  readonly groupIndex: number
  readonly groupNames: readonly string[]
  readonly disabled?: boolean
  onMove(to: number): void
}


export function MemberMover({ member, groupIndex, groupNames, disabled = false, onMove }: Props) {
  const id = useId()
  return (
    <li className="member-chip" draggable={!disabled} data-testid="planned-member" data-member-id={member.id}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, member.id)
        e.dataTransfer.effectAllowed = 'move'
      }}>
      <span aria-hidden="true" className="grip">⠿</span>
      <span>
        <strong>{member.displayName}</strong> <span className="small muted">{roleLabel(member.stakeholderRole)}</span>
      </span>
      <label htmlFor={id} className="visually-hidden">Group for {member.displayName}</label>
      <select id={id} value={groupIndex} disabled={disabled} onChange={(e) => onMove(Number(e.target.value))} className="compact-select">
        {groupNames.map((name, i) => (
          <option key={i} value={i}>{name}</option>
        ))}
      </select>
    </li>
  )
}
