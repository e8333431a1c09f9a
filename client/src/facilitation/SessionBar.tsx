/**
 * The strip under the board navigation: the agenda phase, "I'm ready", and the follow bar
 * ("Following Coach Kim · Stop following" / "Follow again"). Facilitators see the phase only.
 */
import { currentPhase } from '../../../shared/domain/facilitation/control-state'
import { useWorkspace } from '../workspace/context'
import { useFacilitation } from './context'
import { setReady, useReadyMembers } from './ready'

export function SessionBar() {
  const { me, members, connection } = useWorkspace()
  const { control, target, following, follow, stopFollowing, viewPath } = useFacilitation()
  const awareness = connection.board.provider.awareness
  const ready = useReadyMembers(awareness, control.phase).has(me.id)
  const phase = currentPhase(control)
  const leads = me.role === 'facilitator'
  if (!phase && !target) return null

  const leaderId = target?.leaderId ?? members.find((m) => m.role === 'facilitator')?.id
  const leader = members.find((m) => m.id === leaderId)?.displayName ?? 'the facilitator'
  const where = target?.reason === 'breakout' ? `your breakout group, ${target.label}` : target?.label
  return (
    <div className="session-bar" data-testid="session-bar">
      {phase && (
        <p className="session-phase">
          <span className="muted">
            Phase {control.phase.index + 1} of {control.agenda?.phases.length ?? 0}:
          </span>{' '}
          <strong>{phase.title}</strong>
        </p>
      )}
      {phase && !leads && (
        <button type="button" aria-pressed={ready} onClick={() => setReady(awareness, ready ? null : { memberId: me.id, epoch: control.phase.epoch })}>
          {ready && <span aria-hidden="true">✓ </span>}I’m ready
        </button>
      )}
      {target && !leads && (
        <p className="follow-bar" role="status" data-testid="follow-bar" data-following={following && viewPath === target.path}>
          {following ? (
            <>
              {target.reason === 'breakout' ? `In ${where}` : `Following ${leader}`} ·{' '}
              <button type="button" className="link-button" onClick={stopFollowing}>
                Stop
              </button>
            </>
          ) : (
            <>
              <span>You are looking around on your own.</span>{' '}
              <button type="button" className="link-button" onClick={follow}>
                {target.reason === 'breakout' ? `Back to ${target.label}` : `Follow ${leader} again`}
              </button>
            </>
          )}
        </p>
      )}
    </div>
  )
}
