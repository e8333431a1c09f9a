/**
 * The shared notes under one of Tool A's Data Analysis prompts ("What can be leveraged…" for S/O,
 * "What are the root causes?" for W/T). The root-causes area also lists the prioritised root causes
 * flowing back from fishbones made from this board's items, with the Tool B questions that test them.
 */
import { useId } from 'react'
import { PAIR_PROMPTS, type SwotPair } from '../../../../shared/content/swot-prompts'
import { swotNotesText } from '../../../../shared/doc/swot'
import type { RootCauseEntry } from '../../../../shared/domain/fishbone/prioritise'
import { promptText } from '../../../../shared/domain/fishbone/prompts'
import { navigate } from '../../router'
import { YTextField } from '../../ui/YTextField'
import { useBoard } from './board-context'

const PAIR_PROMPT_IDS = { leverage: ['p.step1.2', 'p.step1.3'], rootCauses: ['b.needs.main.8', 'b.needs.main.10', 'b.needs.main.12'] } as const satisfies Record<
  SwotPair,
  readonly string[]
>

export function PairNotes({ pair, rootCauses }: { readonly pair: SwotPair; readonly rootCauses: readonly RootCauseEntry[] }) {
  const b = useBoard()
  const id = useId()
  const notes = swotNotesText(b.doc, b.boardId, pair)
  const prompt = PAIR_PROMPTS[pair].prompt
  return (
    <section className={`swot-pair pair-${pair}`} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{prompt}</h3>
      <ul className="swot-prompts small" aria-label="Questions to ask">
        {PAIR_PROMPT_IDS[pair].map((p) => (
          <li key={p}>{promptText(p)}</li>
        ))}
      </ul>
      {notes ? (
        <YTextField multiline text={notes} label={`Team notes: ${prompt}`} readOnly={!b.canEdit} rows={4} placeholder="Shared notes — everyone can type here at once" />
      ) : (
        <p className="muted small">This board has no notes area (it was made by an older version).</p>
      )}
      {pair === 'rootCauses' && (
        <div className="swot-root-causes">
          <h4>Prioritised root causes from fishbones</h4>
          {rootCauses.length === 0 ? (
            <p className="empty small">
              None yet. Use “Find root causes” on a weakness or threat, tag causes on its fishbone, and mark the ones the team prioritises: they appear here.
            </p>
          ) : (
            <ul>
              {rootCauses.map((c) => (
                <li key={`${c.fishboneId}/${c.causeId}`}>
                  <a
                    href={`/w/${b.workspaceId}/fishbone?f=${encodeURIComponent(c.fishboneId)}`}
                    onClick={(e) => {
                      e.preventDefault()
                      navigate(`/w/${b.workspaceId}/fishbone?f=${encodeURIComponent(c.fishboneId)}`)
                    }}
                  >
                    {c.text || 'Untitled cause'}
                  </a>{' '}
                  <span className="muted small">— under “{c.headText || 'untitled problem'}”</span>
                  {c.practiceCode && <span className="swot-badge">Practice {c.practiceCode}</span>}
                  {c.systemic && <span className="swot-badge">Systemic</span>}
                  {c.needsDistrict && <span className="swot-badge">Needs district</span>}
                  {c.needsEvidence && <span className="swot-badge warn">⚠ Needs evidence</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
