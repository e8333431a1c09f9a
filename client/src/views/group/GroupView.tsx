/**
 * A breakout group's board at `/w/<id>/group/<groupId>`; without a group id, a lobby of the round's
 * groups. Mirrors the relay's rule (shared/doc/permissions.ts) so a participant is never pointed at
 * a group the server would refuse; facilitators and observers may visit any group.
 */
import './group.css'
import { groupOfMember } from '../../../../shared/domain/facilitation/control-state'
import { accessTo } from '../../../../shared/doc/permissions'
import { useWorkspace } from '../../workspace/context'
import { useFacilitation } from '../../facilitation/context'
import { GroupDocument } from './GroupDocument'
import { GroupLobby } from './GroupLobby'

export default function GroupView() {
  const { me } = useWorkspace()
  const { control, viewPath } = useFacilitation()
  const groupId = viewPath.split('/')[1]
  if (!groupId) return <GroupLobby />
  const group = control.breakout?.groups.find((g) => g.id === groupId)
  const access = accessTo({ memberId: me.id, role: me.role, groupId: groupOfMember(control, me.id), roundEnded: control.breakout?.active === false }, { kind: 'group', groupId })
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
