/** Breakouts in the facilitator panel: the running round, or the planner (with the last round below). */
import { useFacilitation } from '../../facilitation/context'
import { ActiveBreakouts } from './ActiveBreakouts'
import { BreakoutPlanner } from './BreakoutPlanner'

export function BreakoutsSection() {
  const { control } = useFacilitation()
  const breakout = control.breakout
  return (
    <section className="panel-section wide" aria-labelledby="breakouts-heading">
      <h2 id="breakouts-heading">Breakout groups</h2>
      {breakout?.active ? (
        <ActiveBreakouts breakout={breakout} />
      ) : (
        <>
          <BreakoutPlanner />
          {breakout && breakout.groups.length > 0 && (
            <details>
              <summary>Last round’s groups (boards stay open for a gallery walk)</summary>
              <ActiveBreakouts breakout={breakout} />
            </details>
          )}
        </>
      )}
    </section>
  )
}
