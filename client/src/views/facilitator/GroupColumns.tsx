/**
 * Groups side by side, each a drop target for member chips; every chip also has a "move to" menu,
 * so the same override works without a mouse. Used for the preview and for the running round.
 */
import { useState, type ReactNode } from 'react'
import type { Member } from '../../../../shared/api/contract'
import { roleLabel } from '../../../../shared/auth/roles'
import { DRAG_TYPE, MemberMover } from './MemberMover'

export interface ColumnGroup {
  readonly key: string
  readonly name: string
  readonly memberIds: readonly string[]
}

interface Props {
  readonly groups: readonly ColumnGroup[]
  readonly members: ReadonlyMap<string, Member>
  readonly disabled?: boolean
  onMove(memberId: string, to: number): void
  /** extra content under each group's heading (e.g. a "visit" link) */
  renderExtra?(group: ColumnGroup, index: number): ReactNode
}

export function GroupColumns({ groups, members, disabled = false, onMove, renderExtra }: Props) {
  const [over, setOver] = useState<number>()
  const names = groups.map((g) => g.name)
  return (
    <div className="group-columns">
      {groups.map((g, i) => {
        const roles = [...new Set(g.memberIds.map((id) => members.get(id)?.stakeholderRole).filter((r) => r !== undefined))]
        return (
          <section key={g.key} className={`group-column${over === i ? ' drop-target' : ''}`} aria-labelledby={`group-col-${g.key}`}
            data-testid="group-column"
            onDragOver={(e) => {
              if (disabled || !e.dataTransfer.types.includes(DRAG_TYPE)) return
              e.preventDefault()
              setOver(i)
            }}
            onDragLeave={() => setOver(undefined)}
            onDrop={(e) => {
              e.preventDefault()
              setOver(undefined)
              const id = e.dataTransfer.getData(DRAG_TYPE)
              if (id) onMove(id, i)
            }}>
            <h3 id={`group-col-${g.key}`}>{g.name}</h3>
            <p className="small muted">
              {g.memberIds.length} {g.memberIds.length === 1 ? 'person' : 'people'} · {roles.length} {roles.length === 1 ? 'role' : 'roles'}
              {roles.length > 0 && `: ${roles.map(roleLabel).join(', ')}`}
            </p>
            {renderExtra?.(g, i)}
            {g.memberIds.length === 0 ? (
              <p className="empty small">Nobody yet: drag someone here or use their “group” menu.</p>
            ) : (
              <ul className="plain-list">
                {g.memberIds.map((id) => {
                  const m = members.get(id)
                  return m ? <MemberMover key={id} member={m} groupIndex={i} groupNames={names} disabled={disabled} onMove={(to) => onMove(id, to)} /> : null
                })}
              </ul>
            )}
          </section>
        )
      })}
    </div>
  )
}
