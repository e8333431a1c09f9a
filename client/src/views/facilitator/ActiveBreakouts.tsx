/**
 * The running (or last) breakout round: who is where, a link to visit each group's board, moves
 * during the round, and "Bring everyone back", which ends the round and returns everyone to the room.
 */
import { useMemo } from 'react'
import { useStatusLine } from '../../facilitation/use-status-line'
import { moveToGroup } from '../../../../shared/doc/control'
import type { Breakout } from '../../../../shared/domain/facilitation/control-state'
import { navigate } from '../../router'
import { useWorkspace } from '../../workspace/context'
import { DEFAULT_BOARD } from '../../../../shared/doc/boards'
import { bringEveryoneBack } from '../../facilitation/actions'
import { useFacilitation } from '../../facilitation/context'
import { groupPath } from '../../facilitation/follow'
import { GroupColumns } from './GroupColumns'

const UNASSIGNED = '__unassigned'

export function ActiveBreakouts({ breakout }: { breakout: Breakout }) {
  const { connection, members, me, workspace } = useWorkspace()
  const { boards } = useFacilitation()
  const [message, setMessage] = useStatusLine()
  const byId = useMemo(() => new Map(members.map((m) => [m.id, m])), [members])
  const assigned = new Set(breakout.groups.flatMap((g) => g.memberIds))
  const columns = [
    ...breakout.groups.map((g) => ({ key: g.id, name: g.name, memberIds: g.memberIds })),
    // late joiners and people taken out of a group, so they can be placed by hand
    { key: UNASSIGNED, name: 'Not in a group', memberIds: members.filter((m) => m.role === 'participant' && !assigned.has(m.id)).map((m) => m.id) },
  ]
  const visit = (groupId: string) => navigate(`/w/${workspace.id}/${groupPath(groupId)}`)

  const back = () => {
    const board = bringEveryoneBack(connection, me.id, new Set(boards.keys()), DEFAULT_BOARD)
    setMessage(`Round ended: everyone is being brought back to ${boards.get(board) ?? board}.`)
  }

  return (
    <div className="active-breakouts">
      <p>
        <strong>Round {breakout.round}</strong> · {breakout.mode === 'cross-role' ? 'cross-role' : 'role-alike'} · {breakout.active ? 'in progress' : 'ended'}
      </p>
      {breakout.active && (
        <button type="button" className="primary" onClick={back}>
          Bring everyone back
        </button>
      )}
      <GroupColumns
        groups={columns}
        members={byId}
        disabled={!breakout.active}
        onMove={(memberId, to) => {
          const group = breakout.groups[to]
          // the last column is "not in a group"
          const moved = moveToGroup(connection.control.doc, memberId, group ? group.id : null)
          const name = byId.get(memberId)?.displayName ?? 'Member'
          setMessage(moved.ok ? (group ? `${name} moved to ${group.name}.` : `${name} is no longer in a group.`) : moved.error)
        }}
        renderExtra={(g) =>
          g.key === UNASSIGNED ? null : (
            <a href={`/w/${workspace.id}/${groupPath(g.key)}`} onClick={(e) => (e.preventDefault(), visit(g.key))}>
              Visit {g.name}’s board
            </a>
          )
        }
      />
      <p className="small">{message}</p>
    </div>
  )
}
