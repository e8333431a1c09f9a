/**
 * The facilitator's always-there controls in the side column: phase back/next, timer, and
 * "bring everyone to me" from whatever board they are on. The full panel is the `facilitator` view.
 */
import { currentPhase } from '../../../shared/domain/facilitation/control-state'
import { isFirstPhase, isLastPhase } from '../../../shared/domain/facilitation/phases'
import { navigate } from '../router'
import { useWorkspace } from '../workspace/context'
import { bringEveryoneTo, movePhaseAndOpen } from './actions'
import { useFacilitation } from './context'
import { spotlightBoard } from './follow'
import { setSpotlight } from '../../../shared/doc/control'
import { TimerControls } from './TimerControls'

export function FacilitatorDock() {
  const { connection, me, workspace } = useWorkspace()
  const { control, viewPath, facilitatorOnly, boards } = useFacilitation()
  const phase = currentPhase(control)
  const count = control.agenda?.phases.length ?? 0
  const board = spotlightBoard(viewPath, facilitatorOnly)
  const spotlightMine = control.spotlight?.memberId === me.id
  return (
    <section className="facilitator-dock" aria-labelledby="dock-heading">
      <h2 id="dock-heading">Facilitate</h2>
      {phase ? (
        <div className="row wrap">
          <button type="button" disabled={isFirstPhase(control.phase)} onClick={() => movePhaseAndOpen(connection, { type: 'back', from: control.phase })}>
            ‹ Back
          </button>
          <button type="button" disabled={isLastPhase(control.phase, count)} onClick={() => movePhaseAndOpen(connection, { type: 'next', from: control.phase })}>
            Next phase ›
          </button>
        </div>
      ) : (
        <p className="small muted">No agenda yet: choose one in the facilitator panel.</p>
      )}
      <button
        type="button"
        disabled={board === null}
        aria-describedby={board === null ? 'dock-spotlight-why' : undefined}
        onClick={() => board && bringEveryoneTo(connection, me.id, board)}
      >
        Bring everyone to me
      </button>
      {board === null && (
        <p id="dock-spotlight-why" className="small muted">
          Open a shared board first; others cannot see this page.
        </p>
      )}
      {spotlightMine && control.spotlight && (
        <p className="small">
          Everyone was brought to {boards.get(control.spotlight.board) ?? control.spotlight.board}.{' '}
          <button type="button" className="link-button" onClick={() => setSpotlight(connection.control.doc, null)}>
            Release
          </button>
        </p>
      )}
      <TimerControls compact />
      <p className="small">
        <a href={`/w/${workspace.id}/facilitator`} onClick={(e) => (e.preventDefault(), navigate(`/w/${workspace.id}/facilitator`))}>
          Open the facilitator panel
        </a>
      </p>
    </section>
  )
}
