/** Who has marked themselves ready for the current phase (from awareness; marks reset on every move). */
import { MEMBER_ROLE_LABELS } from '../../../../shared/auth/roles'
import { useWorkspace } from '../../workspace/context'
import { useFacilitation } from '../../facilitation/context'
import { useReadyMembers } from '../../facilitation/ready'

export function ReadyList() {
  const { members, connection } = useWorkspace()
  const { control } = useFacilitation()
  const ready = useReadyMembers(connection.board.provider.awareness, control.phase)
  const others = members.filter((m) => m.role !== 'facilitator')
  const count = others.filter((m) => ready.has(m.id)).length
  return (
    <section className="panel-section" aria-labelledby="ready-heading">
      <h2 id="ready-heading">Ready for this phase</h2>
      {others.length === 0 ? (
        <p className="empty">Nobody else has joined yet. Share the invite link; people mark themselves ready from the bar above their board.</p>
      ) : (
        <>
          <p aria-live="polite">{count} of {others.length} ready</p>
          <ul className="plain-list">
            {others.map((m) => (
              <li key={m.id} data-testid="ready-member" data-ready={ready.has(m.id)}>
                <span aria-hidden="true">{ready.has(m.id) ? '✓' : '○'}</span> {m.displayName}{' '}
                <span className="muted small">({MEMBER_ROLE_LABELS[m.role]}) · {ready.has(m.id) ? 'ready' : 'not yet'}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
