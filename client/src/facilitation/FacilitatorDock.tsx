/**
 * The facilitator's every-minute controls, always beside the board and short enough for a
 * 1280×800 screen: phase back/next, timer, "Follow me" (members follow continuously until they
 * break away), "Bring everyone here" (one snap), lock this board, and the breakout round. The rest
 * (agenda, prompts, co-facilitators, reveal) is in the facilitator panel.
 */
import { BOARDS, DEFAULT_BOARD, isBoardId } from '../../../shared/doc/boards'
import { setBoardLock, setFollowLead, setSpotlight } from '../../../shared/doc/control'
import { currentPhase } from '../../../shared/domain/facilitation/control-state'
import { isFirstPhase, isLastPhase } from '../../../shared/domain/facilitation/phases'
import { navigate } from '../router'
import { useWorkspace } from '../workspace/context'
import { bringEveryoneBack, bringEveryoneTo, movePhaseAndOpen } from './actions'
import { useFacilitation } from './context'
import { spotlightBoard } from './follow'
import { ProjectorMode, ProjectorToggle } from './ProjectorMode'
import { TimerControls } from './TimerControls'

export function FacilitatorDock() {
  const { connection, me, workspace } = useWorkspace()
  const { control, viewPath, facilitatorOnly, boards } = useFacilitation()
  const doc = connection.control.doc
  const phase = currentPhase(control)
  const count = control.agenda?.phases.length ?? 0
  const board = spotlightBoard(viewPath, facilitatorOnly)
  const spotlightMine = control.spotlight?.memberId === me.id
  const leading = control.follow?.leaderId === me.id
  const lockable = isBoardId(viewPath) && BOARDS[viewPath].lockable ? viewPath : undefined
  const locked = lockable !== undefined && control.locks.includes(lockable)
  const breakout = control.breakout?.active ? control.breakout : undefined
  const openPanel = () => navigate(`/w/${workspace.id}/facilitator`)

  return (
    <section className="facilitator-dock" aria-labelledby="dock-heading" data-testid="facilitator-dock">
      <h2 id="dock-heading">Facilitate</h2>
      {phase ? (
        <div className="dock-row" role="group" aria-label="Phase">
          <button type="button" disabled={isFirstPhase(control.phase)} onClick={() => movePhaseAndOpen(connection, { type: 'back', from: control.phase })}>
            ‹ Back
          </button>
          <button
            type="button"
            disabled={isLastPhase(control.phase, count)}
            onClick={() => movePhaseAndOpen(connection, { type: 'next', from: control.phase })}
          >
            Next phase ›
          </button>
        </div>
      ) : (
        <p className="small muted">No agenda yet: choose one in the facilitator panel.</p>
      )}
      <TimerControls compact />
      <div className="dock-row" role="group" aria-label="Following">
        <button
          type="button"
          aria-pressed={leading}
          onClick={() => setFollowLead(doc, leading ? null : { leaderId: me.id, since: Date.now() })}
          title="Everyone follows your board and whiteboard view until they move away themselves"
        >
          {leading ? 'Stop “Follow me”' : 'Follow me'}
        </button>
        <button
          type="button"
          disabled={board === null}
          aria-describedby={board === null ? 'dock-spotlight-why' : undefined}
          onClick={() => board && bringEveryoneTo(connection, me.id, board)}
        >
          Bring everyone here
        </button>
      </div>
      {board === null && (
        <p id="dock-spotlight-why" className="small muted">
          Open a shared board first; others cannot see this page.
        </p>
      )}
      {spotlightMine && control.spotlight && (
        <p className="small">
          Everyone was brought to {boards.get(control.spotlight.board) ?? control.spotlight.board}.{' '}
          <button type="button" className="link-button" onClick={() => setSpotlight(doc, null)}>
            Release
          </button>
        </p>
      )}
      {lockable && (
        <label className="choice">
          <input
            type="checkbox"
            checked={locked}
            onChange={(e) => setBoardLock(doc, lockable, e.target.checked ? { by: me.id, byName: me.displayName, reason: 'review', at: Date.now() } : false)}
          />
          <span>Lock {BOARDS[lockable].label} for review</span>
        </label>
      )}
      {breakout ? (
        <p className="small">
          Breakout round {breakout.round}: {breakout.groups.length} groups.{' '}
          <button type="button" className="link-button" onClick={() => bringEveryoneBack(connection, me.id, new Set(boards.keys()), DEFAULT_BOARD)}>
            End the round
          </button>
        </p>
      ) : (
        phase?.tools.includes('breakouts') && (
          <p className="small">
            <button type="button" className="link-button" onClick={openPanel}>
              Make breakout groups…
            </button>
          </p>
        )
      )}
      <div className="dock-row">
        <ProjectorToggle />
        <ProjectorMode />
      </div>
      <p className="small">
        <a href={`/w/${workspace.id}/facilitator`} onClick={(e) => (e.preventDefault(), openPanel())}>
          Facilitator panel: agenda, prompts, reveal, co-facilitators
        </a>
      </p>
    </section>
  )
}
