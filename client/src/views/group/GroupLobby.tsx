/** The round's groups, with a link to each board this person may open. */
import { groupOfMember } from '../../../../shared/domain/facilitation/control-state'
import { navigate } from '../../router'
import { useWorkspace } from '../../workspace/context'
import { useFacilitation } from '../../facilitation/context'
import { groupPath } from '../../facilitation/follow'

export function GroupLobby() {
  const { me, workspace, members } = useWorkspace()
  const { control } = useFacilitation()
  const groups = control.breakout?.groups ?? []
  const mine = groupOfMember(control, me.id)
  const visible = me.role === 'participant' ? groups.filter((g) => g.id === mine) : groups
  const nameOf = (id: string) => members.find((m) => m.id === id)?.displayName ?? 'someone who left'
  return (
    <section className="page narrow" aria-labelledby="lobby-heading">
      <h2 id="lobby-heading">Breakout groups</h2>
      {groups.length === 0 ? (
        <p className="empty-state">No breakout groups yet. When the facilitator starts breakouts, you are taken to your group’s board.</p>
      ) : visible.length === 0 ? (
        <p className="empty-state">You are not in a group this round. Ask the facilitator to add you.</p>
      ) : (
        <>
          <p>{control.breakout?.active ? 'A breakout round is running.' : 'The last round has ended; its boards stay readable.'}</p>
          <ul className="plain-list">
            {visible.map((g) => (
              <li key={g.id}>
                <a href={`/w/${workspace.id}/${groupPath(g.id)}`} onClick={(e) => (e.preventDefault(), navigate(`/w/${workspace.id}/${groupPath(g.id)}`))}>
                  {g.name}
                </a>{' '}
                <span className="muted small">— {g.memberIds.map(nameOf).join(', ') || 'nobody'}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
