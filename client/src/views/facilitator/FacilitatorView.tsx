/**
 * The facilitator panel (facilitators only): agenda and phases, timer, who is ready, breakouts,
 * coaching prompts, anonymity and locks, co-facilitators. Every control writes `control`, which
 * the relay lets only facilitators write.
 */
import { useWorkspace } from '../../workspace/context'
import { AgendaSection } from './AgendaSection'
import { BreakoutsSection } from './BreakoutsSection'
import { CoFacilitators } from './CoFacilitators'
import { useFacilitation } from '../../facilitation/context'
import { PromptsPanel } from './PromptsPanel'
import { ReadyList } from './ReadyList'
import { SessionSettings } from './SessionSettings'
import { TimerBadge } from '../../facilitation/TimerBadge'
import { TimerControls } from '../../facilitation/TimerControls'

export default function FacilitatorView() {
  const { me } = useWorkspace()
  const { control } = useFacilitation()
  if (me.role !== 'facilitator')
    return (
      <div className="page narrow">
        <h2>Facilitator panel</h2>
        <p>Only facilitators can use this panel. Your facilitator leads the phases, timer and breakouts from here.</p>
      </div>
    )
  return (
    <div className="facilitator-panel" data-testid="facilitator-panel">
      <h2 className="visually-hidden">Facilitator panel</h2>
      <AgendaSection />
      <section className="panel-section" aria-labelledby="timer-heading">
        <h2 id="timer-heading">Timer</h2>
        <TimerBadge compact />
        <TimerControls />
        {control.ignored.length > 0 && (
          <p className="small muted">Some session settings could not be read and were ignored ({control.ignored.length}).</p>
        )}
      </section>
      <ReadyList />
      <BreakoutsSection />
      <PromptsPanel />
      <SessionSettings />
      <CoFacilitators />
    </div>
  )
}
