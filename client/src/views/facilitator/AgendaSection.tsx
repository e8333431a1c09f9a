/**
 * Choose an agenda template and move through its phases. Each phase names a board; a board this
 * build has no view for is shown as "opens on the whiteboard" (followers land there instead).
 */
import { useId, useState } from 'react'
import { useAnnounce } from '../../facilitation/announcer'
import { AGENDA_TEMPLATES, agendaTemplate, resolveBoard } from '../../../../shared/content/agendas'
import { setAgenda, setSpotlight } from '../../../../shared/doc/control'
import { isFirstPhase, isLastPhase } from '../../../../shared/domain/facilitation/phases'
import { useWorkspace } from '../../workspace/context'
import { DEFAULT_BOARD } from '../../../../shared/doc/boards'
import { movePhaseAndOpen } from '../../facilitation/actions'
import { useFacilitation } from '../../facilitation/context'

export function AgendaSection() {
  const { connection } = useWorkspace()
  const { control, boards } = useFacilitation()
  const [chosen, setChosen] = useState(control.agenda?.templateId ?? AGENDA_TEMPLATES[0].id)
  const setMessage = useAnnounce()
  const selectId = useId()
  const template = agendaTemplate(chosen)
  const agenda = control.agenda
  const count = agenda?.phases.length ?? 0

  const useAgenda = () => {
    if (!template) return
    setAgenda(connection.control.doc, template.id, template.phases)
    setSpotlight(connection.control.doc, null)
    setMessage(`${template.title} started at its first phase.`)
  }
  const move = (type: 'next' | 'back') => {
    const moved = movePhaseAndOpen(connection, { type, from: control.phase })
    setMessage(moved.ok ? `Now in phase ${moved.value.index + 1}: ${agenda?.phases[moved.value.index]?.title ?? ''}.` : moved.error)
  }

  return (
    <section className="panel-section" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda</h2>
      <div className="row wrap">
        <label htmlFor={selectId}>Agenda template</label>
        <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)} style={{ width: 'auto' }}>
          {AGENDA_TEMPLATES.map((t) => (
            <option key={t.id} value={t.id}>{t.title}</option>
          ))}
        </select>
        <button type="button" onClick={useAgenda}>{agenda ? 'Restart with this agenda' : 'Use this agenda'}</button>
      </div>
      {template && <p className="hint">{template.description}{agenda ? ' Choosing an agenda starts it again at its first phase.' : ''}</p>}
      {agenda ? (
        <>
          <ol className="phase-list">
            {agenda.phases.map((p, i) => {
              const current = i === control.phase.index
              const board = resolveBoard(p.board, new Set(boards.keys()), DEFAULT_BOARD)
              return (
                <li key={p.id} aria-current={current ? 'step' : undefined} className={current ? 'current' : undefined}>
                  <span className="phase-title">{current && <span aria-hidden="true">▶ </span>}{p.title}</span>{' '}
                  <span className="muted small">
                    · {p.minutes} min · opens {boards.get(board) ?? board}{board !== p.board ? ` (no ${p.board} board yet)` : ''}
                    {current && <strong> · current</strong>}
                  </span>
                  {!current && (
                    <button type="button" className="link-button" onClick={() => movePhaseAndOpen(connection, { type: 'goto', index: i, from: control.phase })}>
                      Go to “{p.title}”
                    </button>
                  )}
                </li>
              )
            })}
          </ol>
          <div className="row">
            <button type="button" disabled={isFirstPhase(control.phase)} onClick={() => move('back')}>‹ Previous phase</button>
            <button type="button" className="primary" disabled={isLastPhase(control.phase, count)} onClick={() => move('next')}>Next phase ›</button>
          </div>
        </>
      ) : (
        <p className="empty">No agenda yet. Pick a template above and choose “Use this agenda”: everyone following you is taken to each phase’s board.</p>
      )}
    </section>
  )
}
