/**
 * Facilitator timer controls. Every action writes the timer on the SERVER clock (this client's
 * clock plus its estimated offset), so all screens count down to the same instant.
 */
import { useEffect, useId, useState } from 'react'
import { updateTimer, type TimerAction } from '../../../shared/doc/control'
import { currentPhase } from '../../../shared/domain/facilitation/control-state'
import { useWorkspace } from '../workspace/context'
import { useFacilitation } from './context'

const MINUTE = 60_000

export function TimerControls({ compact = false }: { compact?: boolean }) {
  const { connection } = useWorkspace()
  const { control, clock } = useFacilitation()
  const timer = control.timer
  const phaseMinutes = currentPhase(control)?.minutes
  const [minutes, setMinutes] = useState(String(phaseMinutes ?? 10))
  // a new phase suggests its own length; the facilitator can still type another
  useEffect(() => {
    if (phaseMinutes !== undefined) setMinutes(String(phaseMinutes))
  }, [control.phase.epoch, phaseMinutes])
  const id = useId()
  const act = (action: TimerAction) => updateTimer(connection.control.doc, action, clock.now())
  const chosen = Number(minutes)
  const valid = Number.isFinite(chosen) && chosen > 0 && chosen <= 600

  return (
    <div className="timer-controls" role="group" aria-label="Timer controls">
      {!compact && (
        <div className="row">
          <label htmlFor={id}>Minutes</label>
          <input
            id={id}
            type="number"
            min={1}
            max={600}
            step={1}
            inputMode="numeric"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            aria-invalid={!valid}
            style={{ width: '6rem' }}
          />
          <button type="button" className="primary" disabled={!valid} onClick={() => act({ type: 'start', durationMs: chosen * MINUTE })}>
            Start {valid ? `${chosen} min` : ''} timer
          </button>
        </div>
      )}
      {compact && timer.status === 'idle' && (
        <button type="button" onClick={() => act({ type: 'start', durationMs: (phaseMinutes ?? 10) * MINUTE })}>
          Start {phaseMinutes ?? 10}-minute timer
        </button>
      )}
      <div className="row wrap">
        {timer.status === 'running' && (
          <button type="button" onClick={() => act({ type: 'pause' })}>
            Pause timer
          </button>
        )}
        {timer.status === 'paused' && (
          <button type="button" onClick={() => act({ type: 'resume' })}>
            Resume timer
          </button>
        )}
        {timer.status !== 'idle' && (
          <>
            <button type="button" onClick={() => act({ type: 'add', deltaMs: MINUTE })}>
              +1 min
            </button>
            {!compact && (
              <button type="button" onClick={() => act({ type: 'add', deltaMs: 5 * MINUTE })}>
                +5 min
              </button>
            )}
            {!compact && (
              <button type="button" onClick={() => act({ type: 'add', deltaMs: -MINUTE })}>
                −1 min
              </button>
            )}
            {!compact && (
              <button type="button" onClick={() => act({ type: 'reset' })}>
                Reset timer
              </button>
            )}
          </>
        )}
      </div>
    </div>
  )
}
