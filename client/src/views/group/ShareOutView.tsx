/**
 * The share-out: the facilitator spotlights one group's board at a time for the whole room
 * (everyone who follows is brought here); that group's members may still edit it while presenting,
 * everyone else reads. The spotlight carries the group id (control `spotlight.groupId`).
 */
import './group.css'
import { setSpotlight } from '../../../../shared/doc/control'
import { useFacilitation } from '../../facilitation/context'
import { useWorkspace } from '../../workspace/context'
import { GroupDocument } from './GroupDocument'

export default function ShareOutView() {
  const { connection, me } = useWorkspace()
  const { control } = useFacilitation()
  const groups = control.breakout?.groups ?? []
  const spotlit = control.spotlight?.board === 'share-out' ? control.spotlight.groupId : undefined
  const current = groups.find((g) => g.id === spotlit)
  const leads = me.role === 'facilitator'
  return (
    <div className="share-out page" data-testid="share-out">
      <h2>Share-out{current ? `: ${current.name}` : ''}</h2>
      {leads && groups.length > 0 && (
        <nav aria-label="Spotlight a group" className="row wrap">
          {groups.map((g) => (
            <button
              key={g.id}
              type="button"
              aria-pressed={g.id === spotlit}
              onClick={() => setSpotlight(connection.control.doc, { memberId: me.id, board: 'share-out', groupId: g.id })}
            >
              Spotlight {g.name}
            </button>
          ))}
        </nav>
      )}
      {groups.length === 0 ? (
        <p className="empty">No breakout boards yet. After a breakout round, the facilitator spotlights each group’s board here in turn.</p>
      ) : current ? (
        <GroupDocument key={current.id} groupId={current.id} name={current.name} memberIds={current.memberIds} />
      ) : (
        <p className="empty">{leads ? 'Choose the group that presents first.' : 'The facilitator will spotlight one group’s board at a time.'}</p>
      )}
    </div>
  )
}
