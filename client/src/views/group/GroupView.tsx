/**
 * A breakout group's board at `/w/<id>/group/<groupId>`; without a group id, a lobby of the round's
 * groups. Mirrors the relay's rule (shared/doc/permissions.ts) so a participant is never pointed at
 * a group the server would refuse; facilitators and observers may visit any group.
 */
import './group.css'
import { useEffect, useState } from 'react'
import { groupOfMember } from '../../../../shared/domain/facilitation/control-state'
import { accessTo } from '../../../../shared/doc/permissions'
import { useWorkspace } from '../../workspace/context'
import type { DocConnection } from '../../workspace/doc-connection'
import { useFacilitation } from '../../facilitation/context'
import { useBoardAccess } from '../../facilitation/use-board-access'
import { GroupBoard } from './GroupBoard'
import { GroupLobby } from './GroupLobby'

export default function GroupView() {
  const { me } = useWorkspace()
  const { control, viewPath } = useFacilitation()
  const groupId = viewPath.split('/')[1]
  if (!groupId) return <GroupLobby />
  const group = control.breakout?.groups.find((g) => g.id === groupId)
  const access = accessTo({ memberId: me.id, role: me.role, groupId: groupOfMember(control, me.id) }, { kind: 'group', groupId })
  if (!group || !access.read)
    return (
      <div className="page narrow">
        <h2>{group ? `${group.name} is another group’s board` : 'This breakout group no longer exists'}</h2>
        <p>Only the group’s members, facilitators and observers can open it.</p>
        <GroupLobby />
      </div>
    )
  return <GroupDocument key={groupId} groupId={groupId} name={group.name} memberIds={group.memberIds} />
}

function GroupDocument({ groupId, name, memberIds }: { groupId: string; name: string; memberIds: readonly string[] }) {
  const { connection } = useWorkspace()
  const { canWrite } = useBoardAccess('group', groupId)
  const [conn, setConn] = useState<DocConnection>()
  const [synced, setSynced] = useState(false)
  useEffect(() => {
    const opened = connection.open({ kind: 'group', groupId })
    setConn(opened.conn)
    const check = () => opened.conn.current.synced && setSynced(true)
    check()
    const off = opened.conn.subscribe(check)
    return () => {
      off()
      setConn(undefined)
      setSynced(false)
      opened.release()
    }
  }, [connection, groupId])
  if (!conn || !synced)
    return (
      <p className="page" role="status" aria-busy="true">
        Opening {name}’s board…
      </p>
    )
  return <GroupBoard doc={conn.doc} groupId={groupId} name={name} memberIds={memberIds} canWrite={canWrite} />
}
