/**
 * Anonymity mode and board locks. A lock makes a board read-only for members during a review (the
 * relay enforces it; this only records the facilitator's decision in `control`).
 */
import { ANONYMITY_MODES, type AnonymityMode } from '../../../../shared/domain/facilitation/control-state'
import { setAnonymity, setBoardLock } from '../../../../shared/doc/control'
import { boardLabel, LOCKABLE_BOARDS } from '../../../../shared/doc/boards'
import { useWorkspace } from '../../workspace/context'
import { useFacilitation } from '../../facilitation/context'

const ANONYMITY_TEXT = {
  named: { label: 'Named', hint: 'Names appear next to contributions and individual rubric results.' },
  anonymous: { label: 'Anonymous', hint: 'Only counts are published; new synthesis cards carry no author.' },
} as const satisfies Record<AnonymityMode, { label: string; hint: string }>

export function SessionSettings() {
  const { connection, me } = useWorkspace()
  const { control } = useFacilitation()
  // lockable boards, plus any lock still set under an older id so it can be lifted
  const lockable = [...new Set([...LOCKABLE_BOARDS, ...control.locks])]
  const setLock = (board: string, on: boolean) =>
    setBoardLock(connection.control.doc, board, on ? { by: me.id, byName: me.displayName, reason: 'review', at: Date.now() } : false)
  return (
    <section className="panel-section" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Anonymity and locks</h2>
      <fieldset>
        <legend>Anonymity</legend>
        {ANONYMITY_MODES.map((mode) => (
          <label key={mode} className="choice">
            <input type="radio" name="anonymity" value={mode} checked={control.anonymity === mode}
              onChange={() => setAnonymity(connection.control.doc, mode)} />
            <span>
              <strong>{ANONYMITY_TEXT[mode].label}</strong> <span className="muted small">— {ANONYMITY_TEXT[mode].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Board locks (read-only for members)</legend>
        {lockable.map((board) => {
          const locked = control.locks.includes(board)
          return (
            <label key={board} className="choice">
              <input type="checkbox" checked={locked} onChange={(e) => setLock(board, e.target.checked)} />
              <span>
                {boardLabel(board)} {locked && <span className="badge">locked</span>}
              </span>
            </label>
          )
        })}
      </fieldset>
    </section>
  )
}
