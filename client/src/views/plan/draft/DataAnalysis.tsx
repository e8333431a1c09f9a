/**
 * Data Analysis as the session produced it: SWOT items with evidence, weak rubric elements as
 * candidate weaknesses, and the prioritised root causes. Read-only here; each links to its board.
 */
import { planText } from '../../../../../shared/doc/plan'
import { BoardLink } from '../BoardLink'
import { usePlan } from '../plan-context'
import { UsedIn } from '../UsedIn'
import { LabelledYText } from '../../../ui/LabelledYText'

const QUADRANT = { strengths: 'Strength', opportunities: 'Opportunity', weaknesses: 'Weakness', threats: 'Threat' } as const
const missing = <span className="needs-evidence">⚠ needs evidence</span>

export function DataAnalysis() {
  const { doc, live, readOnly } = usePlan()
  const da = live.sections.needs.dataAnalysis
  const boardNotes = (notes: readonly { id: string; text: string }[]) => notes.filter((n) => !n.id.startsWith('draft:'))
  return (
    <div className="data-analysis">
      <h3>{da.heading}</h3>
      {da.rows.length === 0 ? (
        <p className="empty">
          Nothing from the session yet. Items the team adds on the <BoardLink board="swot">SWOT board</BoardLink>, with their evidence, appear here by themselves, and
          elements the team rates Consistently Low or Basic on the <BoardLink board="rubric">self-reflection</BoardLink> join them as candidate weaknesses.
        </p>
      ) : (
        <table className="plan-table">
          <thead>
            <tr>
              <th scope="col">Quadrant</th>
              <th scope="col">Item</th>
              <th scope="col">Evidence</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {da.rows.map((r) => (
              <tr key={r.id} id={`plan-da-${r.id}`} tabIndex={-1}>
                <td>{QUADRANT[r.quadrant]}</td>
                <td>
                  {r.text} <UsedIn kind={r.source === 'rubric' ? 'rubric' : 'swot'} id={r.source === 'rubric' ? (r.code ?? r.id) : r.id} />
                </td>
                <td>{r.evidence || r.link || (r.source === 'swot' ? missing : '—')}</td>
                <td>
                  {r.source === 'rubric' ? (
                    <BoardLink board="rubric">Self-reflection {r.code} (candidate; not a needs assessment)</BoardLink>
                  ) : (
                    <BoardLink board="swot">{r.boardTitle || 'SWOT board'}</BoardLink>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>{da.leverage.prompt}</h4>
      {boardNotes(da.leverage.notes).map((n) => (
        <p key={n.id} className="board-note">
          <span className="muted">From the SWOT board:</span> {n.text}
        </p>
      ))}
      <LabelledYText className="plan-field" text={planText(doc, 'needs.leverage')} label="What the team can leverage" multiline readOnly={readOnly} />
      <h4>{da.rootCauses.prompt}</h4>
      {da.rootCauses.causes.length === 0 ? (
        <p className="empty">
          No root causes yet. On a <BoardLink board="cause">fishbone</BoardLink>, tag causes as “cause” (not symptom) and actionable, then prioritise them: they appear
          here with their practice codes.
        </p>
      ) : (
        <ul className="root-causes">
          {da.rootCauses.causes.map((c) => (
            <li key={c.id} id={`plan-da-${c.id}`} tabIndex={-1}>
              {c.practiceCode && <span className="code">{c.practiceCode}</span>} {c.text}
              {c.systemic && <span className="tag"> systemic</span>} <UsedIn kind="cause" id={c.id} />
              <span className="muted small"> — explains {c.heads.join('; ') || 'a fishbone head'}; evidence: </span>
              <span className="small">{c.evidence || c.link || missing}</span> <BoardLink board="cause">Open fishbone</BoardLink>
            </li>
          ))}
        </ul>
      )}
      {boardNotes(da.rootCauses.notes).map((n) => (
        <p key={n.id} className="board-note">
          <span className="muted">From the SWOT board:</span> {n.text}
        </p>
      ))}
      <LabelledYText className="plan-field" text={planText(doc, 'needs.rootCauses')} label="Root-cause summary in the team’s words" multiline readOnly={readOnly} />
    </div>
  )
}
